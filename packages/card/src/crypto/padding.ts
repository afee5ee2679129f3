/**
 * ISO/IEC 7816-4 padding (= ISO/IEC 9797-1 padding method 2): `80` then `00`s to the block boundary, always
 * added — used for SM cryptograms (chip.md §4.5) and the MACs (§4.4).
 */

/** Pads `data` with `80 00…` to a multiple of `blockSize`; always adds at least one byte. */
export function padIso7816(data: Uint8Array, blockSize: number): Uint8Array {
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new RangeError(`bad block size ${blockSize}`);
  const padded = new Uint8Array((Math.floor(data.length / blockSize) + 1) * blockSize);
  padded.set(data);
  padded[data.length] = 0x80;
  return padded;
}

/**
 * Strips `80 00…`; null when the padding is missing or malformed. With `blockSize` the input must be a
 * non-empty multiple of it and the padding 1..blockSize bytes (what a decrypted cryptogram must satisfy).
 */
export function unpadIso7816(data: Uint8Array, blockSize?: number): Uint8Array | null {
  if (blockSize !== undefined && (data.length === 0 || data.length % blockSize !== 0)) return null;
  let i = data.length - 1;
  while (i >= 0 && data[i] === 0x00) i--;
  if (i < 0 || data[i] !== 0x80) return null;
  if (blockSize !== undefined && data.length - i > blockSize) return null;
  return data.slice(0, i);
}
