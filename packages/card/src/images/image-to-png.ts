/**
 * Any card image (TIFF CCITT G4 name/address/front image, JPEG 2000 face) to PNG, for display — within an
 * image budget, so a hostile image on a card is refused (typed, in milliseconds) instead of exhausting memory.
 */
import { DEFAULT_IMAGE_BUDGET, type ImageBudget } from './image-budget.ts';
import { ImageError } from './image-error.ts';
import { decodeJp2, JP2_SIGNATURE } from './jp2.ts';
import { encodePng } from './png.ts';
import { decodeTiffBitmap } from './tiff-g4.ts';

/** PNG bytes of a card image; ImageError when the bytes are neither TIFF nor JPEG 2000, or exceed `budget`. */
export async function cardImageToPng(
  bytes: Uint8Array,
  budget: ImageBudget = DEFAULT_IMAGE_BUDGET,
): Promise<Uint8Array> {
  const tiff =
    bytes.length >= 4 &&
    ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d));
  if (tiff) return encodePng(decodeTiffBitmap(bytes, budget));
  const jp2 = bytes.length >= 12 && JP2_SIGNATURE.every((b, i) => bytes[i] === b);
  const j2k = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0x4f;
  if (jp2 || j2k) return encodePng(await decodeJp2(bytes, budget));
  throw new ImageError('bad-image', 'not a TIFF or JPEG 2000 image');
}
