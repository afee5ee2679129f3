/**
 * A decoded 8-bit raster (grey, RGB or RGBA, interleaved, rows top to bottom) — what the JPEG 2000 face decodes
 * to and what PNG encoding takes.
 */
import { ImageError } from './image-error.ts';

/** An 8-bit image: `channels` 1 (grey), 3 (RGB) or 4 (RGBA), interleaved, row-major. */
export interface RasterImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  /** `width × height × channels` bytes. */
  data: Uint8Array;
}

/** A raster filled with one colour (one value per channel), for drawing synthetic images. */
export function createRaster(width: number, height: number, fill: readonly number[]): RasterImage {
  const channels = fill.length;
  if (channels !== 1 && channels !== 3 && channels !== 4)
    throw new ImageError('bad-input', 'a raster has 1, 3 or 4 channels');
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1 ||
    width * height > 1 << 24
  )
    throw new ImageError('bad-input', `raster size ${width}×${height} is not usable`);
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = fill[i % channels] as number;
  return { width, height, channels, data };
}

/** Throws `bad-input` unless the buffer matches the declared size — every encoder checks this first. */
export function checkRaster(image: RasterImage): void {
  const { width, height, channels, data } = image;
  if (!(channels === 1 || channels === 3 || channels === 4) || width < 1 || height < 1)
    throw new ImageError('bad-input', 'raster size or channel count is not usable');
  if (data.length !== width * height * channels)
    throw new ImageError('bad-input', 'raster buffer does not match width × height × channels');
}
