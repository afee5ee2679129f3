/**
 * PNG export of decoded card images (fast-png), so readers and UIs can show a TIFF G4 bitmap or a JPEG 2000
 * face without TIFF/JP2 support of their own.
 */
import { decode, encode } from 'fast-png';
import type { Bitmap } from './bitmap.ts';
import { ImageError } from './image-error.ts';
import { checkRaster, type RasterImage } from './raster-image.ts';

/** PNG bytes of a raster (grey/RGB/RGBA, 8-bit) or a bi-level bitmap (written as 8-bit grey, black ink). */
export function encodePng(image: RasterImage | Bitmap): Uint8Array {
  let raster: RasterImage;
  if ('pixels' in image) {
    if (image.pixels.length !== image.width * image.height)
      throw new ImageError('bad-input', 'pixel buffer does not match the size');
    const data = new Uint8Array(image.pixels.length);
    for (let i = 0; i < data.length; i++) data[i] = image.pixels[i] ? 0 : 255;
    raster = { width: image.width, height: image.height, channels: 1, data };
  } else raster = image;
  checkRaster(raster);
  return encode({
    width: raster.width,
    height: raster.height,
    data: raster.data,
    depth: 8,
    channels: raster.channels,
  });
}

/** An 8-bit raster from an 8- or 16-bit PNG (16-bit scaled down, grey+alpha expanded); `bad-image` if not a PNG. */
export function decodePng(bytes: Uint8Array): RasterImage {
  let png: ReturnType<typeof decode>;
  try {
    png = decode(bytes);
  } catch (e) {
    throw new ImageError('bad-image', 'not a readable PNG', e);
  }
  if (png.palette || png.depth < 8)
    throw new ImageError('unsupported-image', 'palette and sub-byte PNGs are not handled');
  const channels = png.channels === 2 ? 4 : png.channels;
  if (channels !== 1 && channels !== 3 && channels !== 4)
    throw new ImageError('unsupported-image', `PNG with ${png.channels} channels`);
  const n = png.width * png.height;
  const src = png.data;
  const max = (1 << png.depth) - 1;
  const data = new Uint8Array(n * channels);
  const at = (i: number) => Math.round(((src[i] as number) * 255) / max);
  if (png.channels === 2)
    for (let i = 0; i < n; i++) {
      const g = at(i * 2);
      data.set([g, g, g, at(i * 2 + 1)], i * 4);
    }
  else for (let i = 0; i < data.length; i++) data[i] = at(i);
  return { width: png.width, height: png.height, channels, data };
}
