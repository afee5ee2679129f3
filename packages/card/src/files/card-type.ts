/**
 * MF/EF02 カード種別 (`C1`), readable without authentication: it decides which protocol a reader runs
 * (chip.md §2). Gen 1: one character `1`/`2` (3-byte EF, §4.1); gen 2 and 特定: two characters `05`–`08`
 * (4-byte EF, §5.2; on 特定 cards the EF sits under the 在留AP, §6.1).
 */
import { encodeTlv } from '../tlv/ber-tlv.ts';
import { CardFileError } from './card-file-error.ts';
import { expectDos, parseDos, textOf } from './do-layout.ts';

/** Card types of chip.md §2: `1` 在留カード, `2` 特別永住者証明書 (gen 1); `05`/`06` gen 2; `07`/`08` 特定. */
export type CardType = '1' | '2' | '05' | '06' | '07' | '08';

/** Generation families that share a file layout and protocol (chip.md §0). */
export type CardGeneration = 'gen1' | 'gen2' | 'tokutei';

/** Every card type, in chip.md §2 order. */
export const CARD_TYPES: readonly CardType[] = ['1', '2', '05', '06', '07', '08'];

const FILE = 'MF/EF02';

/** Narrows a string read from anywhere to a {@link CardType}. */
export function isCardType(value: string): value is CardType {
  return (CARD_TYPES as readonly string[]).includes(value);
}

/** Which family a card type belongs to, so a reader picks 3DES, AES or key delivery (chip.md §8). */
export function cardGeneration(type: CardType): CardGeneration {
  return type === '1' || type === '2' ? 'gen1' : type === '05' || type === '06' ? 'gen2' : 'tokutei';
}

/** True for 特別永住者証明書 types (`2`, `06`, `08`), which lack the permission and renewal files (§4.1, §5.2). */
export function isSpecialPermanentResident(type: CardType): boolean {
  return type === '2' || type === '06' || type === '08';
}

/** The EF content: `C1 01 31` … or `C1 02 30 35` … (chip.md §2). */
export function encodeCardType(type: CardType): Uint8Array {
  if (!isCardType(type))
    throw new CardFileError({ code: 'bad-value', file: FILE, tag: 0xc1, message: 'unknown card type' });
  return encodeTlv(0xc1, new TextEncoder().encode(type));
}

/** Card type from the EF (trailing NULs allowed); `bad-value` for a type chip.md §2 does not know. */
export function decodeCardType(bytes: Uint8Array): CardType {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [{ tag: 0xc1, size: 2 }]);
  const text = textOf(FILE, value as Uint8Array);
  if (!isCardType(text) || text.length !== (value as Uint8Array).length)
    throw new CardFileError({ code: 'bad-value', file: FILE, tag: 0xc1, message: 'unknown card type' });
  return text;
}
