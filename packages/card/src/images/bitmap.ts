/**
 * A bi-level raster — what the chip's TIFF (CCITT G4) images hold (chip.md §4.2 `D0`, §5.3 `D0`/`DFD1`): one byte
 * per pixel, `1` = black ink, `0` = white paper, rows top to bottom.
 */
import { ImageError } from './image-error.ts';

/** A bi-level image, one byte per pixel (`1` black, `0` white). */
export interface Bitmap {
  width: number;
  height: number;
  /** `width × height` bytes, row-major. */
  pixels: Uint8Array;
}

/** A white bitmap of the given size. */
export function createBitmap(width: number, height: number): Bitmap {
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1 ||
    width * height > 1 << 26
  )
    throw new ImageError('bad-input', `bitmap size ${width}×${height} is not usable`);
  return { width, height, pixels: new Uint8Array(width * height) };
}

/** Paints a filled rectangle black (clipped to the bitmap), for frames and rules on synthetic card images. */
export function fillRect(bitmap: Bitmap, x: number, y: number, w: number, h: number, value = 1): void {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(bitmap.width, Math.floor(x + w));
  const y1 = Math.min(bitmap.height, Math.floor(y + h));
  for (let yy = y0; yy < y1; yy++) bitmap.pixels.fill(value, yy * bitmap.width + x0, yy * bitmap.width + x1);
}
