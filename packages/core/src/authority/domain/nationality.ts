/**
 * Nationality codes as the chip stores them (DF1/EF02 tag C8: "ISO 3166 alpha-3 style", specs/chip.md): the
 * assigned ISO 3166-1 alpha-3 codes, plus the ICAO Doc 9303 codes for people without one — XXA stateless,
 * XXB refugee (1951 Convention), XXC other refugee, XXX unspecified (docs/rules-open-questions.md records the
 * choice; ISA's own code table is not public).
 */
import { iso31661 } from 'iso-3166';

/** Codes for holders without an ISO 3166 nationality (ICAO Doc 9303 Part 3). */
export const ICAO_SPECIAL_NATIONALITIES = ['XXA', 'XXB', 'XXC', 'XXX'] as const;

const CODES = new Set<string>([...iso31661.map((c) => c.alpha3), ...ICAO_SPECIAL_NATIONALITIES]);

/** True when a card can carry the code as the holder's nationality. */
export function isNationalityCode(code: string): boolean {
  return CODES.has(code);
}
