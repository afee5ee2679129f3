/**
 * Gen-1 DF1/EF02 顔画像: `D1 82 0B B8` + JPEG 2000 face, NUL-padded to exactly 3000 bytes (chip.md §4.1, §4.2).
 * Cards of holders under 16 have no face (§4.9); zairyu writes that as the empty DO `D1 00` followed by NUL
 * padding, the pattern §4.9 gives for DF3 (`DA 00 DB 00 00…`).
 */
import { expectDos, fillFile, imageDo, imageOf, parseDos } from './do-layout.ts';

const FILE = 'DF1/EF02';

/** The `D1` field (chip.md §4.1). */
export const GEN1_FACE_FIELD = { tag: 0xd1, size: 3000 } as const;

/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_FACE_FILE_SIZE = 3004;

/** The EF content; `null` for a card without a face image (§4.9). */
export function encodeGen1Face(face: Uint8Array | null): Uint8Array {
  return fillFile(FILE, GEN1_FACE_FILE_SIZE, [imageDo(FILE, GEN1_FACE_FIELD, face)]);
}

/** The JP2 bytes without NUL padding, or `null` for `D1 00` (an all-NUL fixed value gives an empty array). */
export function decodeGen1Face(bytes: Uint8Array): Uint8Array | null {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [GEN1_FACE_FIELD]);
  return imageOf(value as Uint8Array);
}
