/**
 * Gen-1 DF1/EF01 券面（表）イメージ: `D0 82 1B 58` + the card face as a TIFF (CCITT G4/MMR), NUL-padded to
 * exactly 7000 bytes — the fixed length the issuer's signature covers (chip.md §4.1, §4.2, §4.8).
 */
import { CardFileError } from './card-file-error.ts';
import { expectDos, fillFile, imageDo, imageOf, parseDos } from './do-layout.ts';

const FILE = 'DF1/EF01';

/** The `D0` field: tag and fixed value size (chip.md §4.1). */
export const GEN1_FRONT_IMAGE_FIELD = { tag: 0xd0, size: 7000 } as const;

/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_FRONT_IMAGE_FILE_SIZE = 7004;

/** The EF content for a front image of at most 7000 bytes. */
export function encodeGen1FrontImage(tiff: Uint8Array): Uint8Array {
  return fillFile(FILE, GEN1_FRONT_IMAGE_FILE_SIZE, [imageDo(FILE, GEN1_FRONT_IMAGE_FIELD, tiff)]);
}

/** The TIFF bytes without the field's NUL padding. */
export function decodeGen1FrontImage(bytes: Uint8Array): Uint8Array {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [GEN1_FRONT_IMAGE_FIELD]);
  const image = imageOf(value as Uint8Array);
  if (image === null)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xd0,
      message: 'empty D0: a front image is required',
    });
  return image;
}
