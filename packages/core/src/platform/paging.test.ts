import { describe, expect, it } from 'vitest';
import { pageLimit, toPage } from './paging.ts';

describe('paging', () => {
  it('clamps the limit and names the next cursor only when there is a next page', () => {
    expect(pageLimit()).toBe(100);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: 9999 })).toBe(500);
    expect(pageLimit({ limit: 2.7 })).toBe(2);
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(toPage(rows, 2, (r) => r.id)).toEqual({ items: ['a', 'b'], nextCursor: 'b' });
    expect(toPage(rows, 3, (r) => r.id)).toEqual({ items: ['a', 'b', 'c'], nextCursor: null });
    expect(toPage([], 3, (r: { id: string }) => r.id)).toEqual({ items: [], nextCursor: null });
  });
});
