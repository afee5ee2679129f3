import { describe, expect, it } from 'vitest';
import { TlvError } from './tlv-error.ts';

describe('TlvError', () => {
  it('carries a stable code and the offset', () => {
    const e = new TlvError('truncated-value', 7, 'value runs past the input');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.offset]).toEqual(['TlvError', 'truncated-value', 7]);
    expect(e.message).toBe('value runs past the input (at 7)');
  });
});
