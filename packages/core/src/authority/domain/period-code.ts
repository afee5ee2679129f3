/**
 * The card's 在留期間 code (`CE`): `YYMM` years and months, `0000` indefinite, `Dnnn` days — from the
 * ISO 8601 duration the rules use (parsed by @zairyu/rules' parsePeriod). Periods that mix years/months
 * with days cannot be printed (null).
 */
import { parsePeriod } from '@zairyu/rules';

/** The CE code of a period of stay, or null when it cannot go on a card. */
export function periodCode(periodOfStay: string): string | null {
  if (periodOfStay === 'indefinite') return '0000';
  const p = parsePeriod(periodOfStay);
  if (!p) return null;
  if (p.days > 0) {
    if (p.months > 0 || p.days > 999) return null;
    return `D${String(p.days).padStart(3, '0')}`;
  }
  if (p.months === 0 || p.months >= 100 * 12) return null;
  return `${String(Math.floor(p.months / 12)).padStart(2, '0')}${String(p.months % 12).padStart(2, '0')}`;
}
