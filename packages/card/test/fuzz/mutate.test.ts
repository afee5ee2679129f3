import { describe, expect, it } from 'vitest';
import { mutateBytes, mutateJson } from './mutate.ts';
import { Rng } from './random.ts';

describe('fuzz mutations', () => {
  it('change bytes without touching the input, deterministically', () => {
    const input = Uint8Array.from({ length: 64 }, (_, i) => i);
    const a = mutateBytes(new Rng(1), input);
    const b = mutateBytes(new Rng(1), input);
    expect(a).toEqual(b);
    expect(input[10]).toBe(10);
    let changed = 0;
    for (let s = 0; s < 100; s++) if (mutateBytes(new Rng(s), input).join() !== input.join()) changed++;
    expect(changed).toBeGreaterThan(90);
  });

  it('mutate one JSON node and leave the original alone', () => {
    const doc = { a: [1, 2, { b: 'CAFE' }], c: 'x' };
    let differs = 0;
    for (let s = 0; s < 50; s++)
      if (JSON.stringify(mutateJson(new Rng(s), doc)) !== JSON.stringify(doc)) differs++;
    expect(differs).toBeGreaterThan(40);
    expect(doc).toEqual({ a: [1, 2, { b: 'CAFE' }], c: 'x' });
  });
});
