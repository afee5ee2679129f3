import { describe, expect, it } from 'vitest';
import { hash32, Rng } from './random.ts';

describe('fuzz randomness', () => {
  it('is a pure function of seed and index', () => {
    const a = Rng.forInput(7, 123);
    const b = Rng.forInput(7, 123);
    expect([a.next(), a.int(1000), a.bytes(4)]).toEqual([b.next(), b.int(1000), b.bytes(4)]);
    expect(Rng.forInput(7, 124).next()).not.toBe(Rng.forInput(7, 123).next());
    expect(hash32('a')).not.toBe(hash32('b'));
  });

  it('stays in range', () => {
    const r = new Rng('range');
    for (let i = 0; i < 1000; i++) {
      const v = r.int(5);
      expect(v >= 0 && v < 5).toBe(true);
    }
  });

  it('restarts a byte source', () => {
    const s = Rng.byteSource('x');
    const first = s.random(8);
    s.random(8);
    s.restart();
    expect(s.random(8)).toEqual(first);
  });
});
