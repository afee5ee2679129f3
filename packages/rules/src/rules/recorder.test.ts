import { describe, expect, it } from 'vitest';
import { citeList, Recorder } from './recorder.ts';

describe('recorder', () => {
  it('records a warning once but traces every firing, and shares cited lists', () => {
    const rec = new Recorder();
    const ids = ['immigration-act-23'] as const;
    rec.warn('lawful-stay-ended', ids);
    rec.warn('lawful-stay-ended', ids);
    expect(rec.warnings).toEqual(['lawful-stay-ended']);
    expect(rec.trace).toHaveLength(2);
    expect(citeList(ids)).toBe(citeList(ids));
    expect(Object.isFrozen(citeList(ids))).toBe(true);
  });
});
