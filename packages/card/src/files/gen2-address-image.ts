/**
 * Gen-2 / 特定 DF1/EF04, SM-only: `DF D1 82 09 C4` + address image (TIFF G4/MMR) NUL-padded to 2500; 2505 bytes
 * (chip.md §5.2, §5.3). Not covered by the signature (§5.6).
 */
import { CardFileError } from './card-file-error.ts';
import { expectDos, fillFile, imageDo, imageOf, parseDos } from './do-layout.ts';

const FILE = 'DF1/EF04';

/** The `DFD1` field (chip.md §5.3). */
export const GEN2_ADDRESS_IMAGE_FIELD = { tag: 0xdfd1, size: 2500 } as const;
/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_ADDRESS_IMAGE_FILE_SIZE = 2505;

/** The EF content (2505 bytes). */
export function encodeGen2AddressImage(tiff: Uint8Array): Uint8Array {
  return fillFile(FILE, GEN2_ADDRESS_IMAGE_FILE_SIZE, [imageDo(FILE, GEN2_ADDRESS_IMAGE_FIELD, tiff)]);
}

/** The TIFF bytes without NUL padding. */
export function decodeGen2AddressImage(bytes: Uint8Array): Uint8Array {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [GEN2_ADDRESS_IMAGE_FIELD]);
  const image = imageOf(value as Uint8Array);
  if (image === null)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xdfd1,
      message: 'empty DFD1: an address image is required',
    });
  return image;
}
