/**
 * Application and DF identifiers of residence cards and My Number cards (chip.md §0, §4.1, §6, §7.1).
 */
import { fromHex } from '../bytes.ts';

/** 在留AP of a 特定 card. */
export const AID_RESIDENCE_AP = fromHex('D392F0004F0100000000000000000000');
/** DF1 (card face), DF2 (back-side entries), DF3 (signature). */
export const AID_DF1 = fromHex('D392F0004F0200000000000000000000');
export const AID_DF2 = fromHex('D392F0004F0300000000000000000000');
export const AID_DF3 = fromHex('D392F0004F0400000000000000000000');

/** My Number card applications (a 特定 card carries them; the reader never selects them). */
export const MY_NUMBER_AIDS = {
  jpki: fromHex('D392F000260100000001'),
  text: fromHex('D3921000310001010408'),
  surface: fromHex('D3921000310001010402'),
  juki: fromHex('D3921000310001010401'),
  common: fromHex('D3921000310001010100'),
} as const;
