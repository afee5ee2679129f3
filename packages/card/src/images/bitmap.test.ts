import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect } from './bitmap.ts';
import { ImageError } from './image-error.ts';

describe('bitmap', () => {
  it('starts white and fills clipped rectangles', () => {
    const b = createBitmap(4, 3);
    expect(b.pixels.every((p) => p === 0)).toBe(true);
    fillRect(b, 2, 1, 10, 10);
    expect(Array.from(b.pixels)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1]);
    fillRect(b, -5, -5, 6, 6, 1);
    expect(b.pixels[0]).toBe(1);
  });

  it('refuses unusable sizes with ImageError', () => {
    for (const [w, h] of [
      [0, 1],
      [1, -1],
      [1.5, 2],
      [1 << 14, 1 << 14],
    ])
      expect(() => createBitmap(w as number, h as number)).toThrow(ImageError);
  });
});
