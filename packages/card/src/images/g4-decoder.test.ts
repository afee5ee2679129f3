import { describe, expect, it } from 'vitest';
import { createBitmap } from './bitmap.ts';
import { decodeG4 } from './g4-decoder.ts';
import { WorkMeter } from './image-budget.ts';
import { ImageError } from './image-error.ts';
import { encodeG4 } from './tiff-g4.ts';

const run = (data: Uint8Array, width: number, rows: number, limit = 1e9) => {
  const out = new Uint8Array(width * rows);
  decodeG4(data, width, rows, out, 0, new WorkMeter(limit, 'G4'));
  return out;
};

describe('G4 decoder', () => {
  it('decodes T.6 known answers: all-white lines are V0, then EOFB (T.6 §2.4)', () => {
    expect(run(Uint8Array.of(0xc0, 0x04, 0x00, 0x40), 8, 2)).toEqual(new Uint8Array(16));
    // one black line of 8: H, white run 0 (00110101), black run 8 (000101), then V0 for the second line
    const b = createBitmap(8, 2);
    b.pixels.fill(1, 0, 8);
    expect(run(encodeG4(b), 8, 2)).toEqual(b.pixels);
  });

  it('stops at EOFB and leaves the remaining lines white', () => {
    expect(run(Uint8Array.of(0x00, 0x10, 0x01), 8, 3)).toEqual(new Uint8Array(24));
  });

  it('counts work: a page of white within budget, refused beyond it', () => {
    const page = encodeG4(createBitmap(1000, 100));
    expect(() => run(page, 1000, 100, 100_000 + 100)).not.toThrow();
    expect(() => run(page, 1000, 100, 50_000)).toThrow(/more than 50000 decoding steps/);
  });

  it('refuses data with no code word, and data that ends before the image', () => {
    expect(() => run(new Uint8Array(40), 64, 64)).toThrow(ImageError);
    expect(() => run(Uint8Array.of(0xff), 8, 64)).toThrow(/no valid mode code/); // 8 lines of V0, then nothing
  });
});
