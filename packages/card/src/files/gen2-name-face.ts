/**
 * Gen-2 / 特定 DF1/EF03, SM-only: `D0 82 09 C4` + name image (TIFF G4/MMR) NUL-padded to 2500 ‖ `D1 82 0B B8` +
 * face (JPEG 2000) NUL-padded to 3000; 5508 bytes (chip.md §5.2, §5.3, §5.4 example). Holders under 1 year
 * have no face (§4.9, libjeid note): zairyu writes the empty DO `D1 00` and NUL padding, as §4.9 does for DF3.
 */
import { CardFileError } from './card-file-error.ts';
import { expectDos, fillFile, imageDo, imageOf, parseDos } from './do-layout.ts';

const FILE = 'DF1/EF03';

/** The `D0` name-image field (chip.md §5.3). */
export const GEN2_NAME_IMAGE_FIELD = { tag: 0xd0, size: 2500 } as const;
/** The `D1` face field (chip.md §5.3). */
export const GEN2_FACE_FIELD = { tag: 0xd1, size: 3000 } as const;
/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_NAME_FACE_FILE_SIZE = 5508;

/** Name image and face of a gen-2 / 特定 card. */
export interface NameAndFace {
  /** TIFF (CCITT G4) of the name, at most 2500 bytes. */
  nameImage: Uint8Array;
  /** JPEG 2000 face of at most 3000 bytes; `null` when the card has none (`D1 00`). */
  face: Uint8Array | null;
}

/** The EF content (5508 bytes). */
export function encodeGen2NameAndFace(v: NameAndFace): Uint8Array {
  return fillFile(FILE, GEN2_NAME_FACE_FILE_SIZE, [
    imageDo(FILE, GEN2_NAME_IMAGE_FIELD, v.nameImage),
    imageDo(FILE, GEN2_FACE_FIELD, v.face),
  ]);
}

/** Both images without NUL padding; the face is `null` for `D1 00`. */
export function decodeGen2NameAndFace(bytes: Uint8Array): NameAndFace {
  const [d0, d1] = expectDos(FILE, parseDos(FILE, bytes), [GEN2_NAME_IMAGE_FIELD, GEN2_FACE_FIELD]);
  const nameImage = imageOf(d0 as Uint8Array);
  if (nameImage === null)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xd0,
      message: 'empty D0: a name image is required',
    });
  return { nameImage, face: imageOf(d1 as Uint8Array) };
}
