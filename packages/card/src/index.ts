/**
 * @zairyu/card — read and verify residence cards (1st generation, 2nd generation, 特定) over any transport,
 * plus a faithful software card and a sandbox issuer. Layers: bytes → apdu → transport → protocol/SM;
 * tlv → files → verify; reader.ts composes them.
 */
export { concat, equal, fromHex, toHex } from './bytes.ts';
