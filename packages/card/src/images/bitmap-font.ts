/**
 * A tiny built-in 5×7 bitmap font (A–Z, 0–9, space and a little punctuation) for drawing synthetic text into
 * bi-level images — the sandbox issuer's card-face, name and address images ("SANDBOX TARO",
 * "1-2-3 SANDBOX-CHO"). No font files, no real handwriting, deterministic pixels.
 */
import { type Bitmap, createBitmap } from './bitmap.ts';
import { ImageError } from './image-error.ts';

/** Glyph cell: 5 columns × 7 rows, plus 1 column of spacing. */
export const GLYPH_WIDTH = 5;
/** Glyph height in font pixels. */
export const GLYPH_HEIGHT = 7;

// Each glyph: 7 rows of 5 columns, '#' = ink.
const GLYPHS: Record<string, readonly string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  ',': ['.....', '.....', '.....', '.....', '.##..', '..#..', '.#...'],
  '/': ['.....', '....#', '...#.', '..#..', '.#...', '#....', '.....'],
  ':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
  "'": ['.##..', '..#..', '.#...', '.....', '.....', '.....', '.....'],
  '(': ['...#.', '..#..', '.#...', '.#...', '.#...', '..#..', '...#.'],
  ')': ['.#...', '..#..', '...#.', '...#.', '...#.', '..#..', '.#...'],
  '#': ['.#.#.', '.#.#.', '#####', '.#.#.', '#####', '.#.#.', '.#.#.'],
  '&': ['.##..', '#..#.', '#.#..', '.#...', '#.#.#', '#..#.', '.##.#'],
  '+': ['.....', '..#..', '..#..', '#####', '..#..', '..#..', '.....'],
};

/** The characters the font can draw (lowercase letters are drawn as capitals). */
export const FONT_CHARACTERS: string = Object.keys(GLYPHS).join('');

/** True when every character of `text` can be drawn (after uppercasing). */
export function canRender(text: string): boolean {
  return [...text.toUpperCase()].every((c) => c in GLYPHS);
}

/** Width in pixels of `text` drawn at `scale` (each glyph is 6 cells wide including spacing). */
export function textWidth(text: string, scale = 1): number {
  const n = [...text].length;
  return n === 0 ? 0 : (n * (GLYPH_WIDTH + 1) - 1) * scale;
}

/** Draws `text` with its top-left corner at (x, y), each font pixel a `scale`×`scale` block; clipped. */
export function drawText(bitmap: Bitmap, text: string, x: number, y: number, scale = 1): void {
  const chars = [...text.toUpperCase()];
  const missing = chars.find((c) => !(c in GLYPHS));
  if (missing !== undefined)
    throw new ImageError(
      'bad-input',
      `the built-in font has no glyph for U+${(missing.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  if (!Number.isInteger(scale) || scale < 1)
    throw new ImageError('bad-input', 'scale must be a positive integer');
  chars.forEach((c, k) => {
    const glyph = GLYPHS[c] as readonly string[];
    const gx = x + k * (GLYPH_WIDTH + 1) * scale;
    for (let row = 0; row < GLYPH_HEIGHT; row++)
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if ((glyph[row] as string)[col] !== '#') continue;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const px = gx + col * scale + dx;
            const py = y + row * scale + dy;
            if (px >= 0 && py >= 0 && px < bitmap.width && py < bitmap.height)
              bitmap.pixels[py * bitmap.width + px] = 1;
          }
      }
  });
}

/** A new bitmap holding `text` with `margin` pixels around it — e.g. a name image. */
export function renderText(text: string, scale = 2, margin = 4): Bitmap {
  const width = Math.max(1, textWidth(text, scale) + 2 * margin);
  const bitmap = createBitmap(width, GLYPH_HEIGHT * scale + 2 * margin);
  drawText(bitmap, text, margin, margin, scale);
  return bitmap;
}
