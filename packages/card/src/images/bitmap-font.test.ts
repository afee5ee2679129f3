import { describe, expect, it } from 'vitest';
import { createBitmap } from './bitmap.ts';
import { canRender, drawText, FONT_CHARACTERS, GLYPH_HEIGHT, renderText, textWidth } from './bitmap-font.ts';
import { ImageError } from './image-error.ts';

describe('bitmap font', () => {
  it('has A–Z, 0–9, space and punctuation, each glyph distinct', () => {
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.,/:') expect(FONT_CHARACTERS).toContain(c);
    const seen = new Set<string>();
    for (const c of FONT_CHARACTERS) {
      const b = renderText(c, 1, 0);
      const key = Array.from(b.pixels).join('');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (c !== ' ') expect(b.pixels.some((p) => p === 1)).toBe(true);
    }
  });

  it('renders text at a scale with margins and measures it', () => {
    const b = renderText('SANDBOX TARO', 2, 4);
    expect(b.width).toBe(textWidth('SANDBOX TARO', 2) + 8);
    expect(b.height).toBe(GLYPH_HEIGHT * 2 + 8);
    expect(textWidth('AB', 1)).toBe(11);
    expect(textWidth('', 3)).toBe(0);
    // the margin stays white
    for (let x = 0; x < b.width; x++) expect(b.pixels[x]).toBe(0);
    expect(canRender('1-2-3 sandbox-cho')).toBe(true);
    expect(canRender('東京')).toBe(false);
  });

  it('clips at the edges and refuses unknown characters', () => {
    const b = createBitmap(8, 4);
    drawText(b, 'WW', -3, -2, 1);
    expect(b.pixels.some((p) => p === 1)).toBe(true);
    expect(() => drawText(b, '東', 0, 0)).toThrow(ImageError);
    expect(() => drawText(b, 'A', 0, 0, 0)).toThrow(ImageError);
  });
});
