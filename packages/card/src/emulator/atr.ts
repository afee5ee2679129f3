/**
 * The ATR every zairyu software card answers on reset: the contactless pseudo-ATR of a Type B card
 * (`3B 88 80 01 00 00 00 00 00 81 71 80` + TCK), as pinned in chip.md §6.1.
 */

/** ATR bytes including the TCK (XOR of every byte after `3B`). */
export const ATR: Uint8Array = (() => {
  const body = [0x3b, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x81, 0x71, 0x80];
  let tck = 0;
  for (const b of body.slice(1)) tck ^= b;
  return Uint8Array.from([...body, tck]);
})();
