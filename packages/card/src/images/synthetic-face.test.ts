import { describe, expect, it } from 'vitest';
import { SYNTHETIC_FACE_SIZE, seededRandom, syntheticFace } from './synthetic-face.ts';

describe('synthetic face', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = syntheticFace('SANDBOX TARO');
    expect(syntheticFace('SANDBOX TARO').data).toEqual(a.data);
    expect(syntheticFace('SANDBOX HANAKO').data).not.toEqual(a.data);
    expect([a.width, a.height, a.channels]).toEqual([
      SYNTHETIC_FACE_SIZE.width,
      SYNTHETIC_FACE_SIZE.height,
      3,
    ]);
    expect(seededRandom(1)()).toBe(seededRandom('1')());
  });

  it('uses several colours (a drawing, not noise) and any size', () => {
    const f = syntheticFace(3);
    const colours = new Set<number>();
    for (let i = 0; i < f.data.length; i += 3)
      colours.add(
        ((f.data[i] as number) << 16) | ((f.data[i + 1] as number) << 8) | (f.data[i + 2] as number),
      );
    expect(colours.size).toBeGreaterThan(4);
    expect(colours.size).toBeLessThan(400);
    const small = syntheticFace(3, 60, 80);
    expect(small.data.length).toBe(60 * 80 * 3);
  });
});
