import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { renderText } from './bitmap-font.ts';
import { ImageError } from './image-error.ts';
import { cardImageToPng } from './image-to-png.ts';
import { encodeJp2 } from './jp2.ts';
import { decodePng } from './png.ts';
import { syntheticFace } from './synthetic-face.ts';
import { encodeTiffG4 } from './tiff-g4.ts';

describe('card image to PNG', () => {
  it('converts a TIFF G4 bitmap and a JP2 face, and refuses anything else', async () => {
    const name = renderText('SANDBOX TARO', 2, 4);
    const fromTiff = decodePng(await cardImageToPng(encodeTiffG4(name)));
    expect([fromTiff.width, fromTiff.height, fromTiff.channels]).toEqual([name.width, name.height, 1]);
    const face = syntheticFace(5);
    const png = await cardImageToPng(await encodeJp2(face));
    expect(toHex(png.subarray(0, 4))).toBe('89504E47');
    expect(decodePng(png).width).toBe(face.width);
    await expect(cardImageToPng(Uint8Array.of(1, 2, 3, 4))).rejects.toBeInstanceOf(ImageError);
  });
});
