/**
 * The card's 在留期間 code (`CE`): `YYMM` years and months, `0000` indefinite, `Dnnn` days — from the
 * ISO 8601 duration the rules use. Periods that mix years/months with days cannot be printed (null).
 */

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The CE code of a period of stay, or null when it cannot go on a card. */
export function periodCode(periodOfStay: string): string | null {
  if (periodOfStay === 'indefinite') return '0000';
  const m = DURATION.exec(periodOfStay);
  if (!m || periodOfStay === 'P') return null;
  const [, y, mo, w, d] = m.map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const years = y ?? 0;
  const months = mo ?? 0;
  const days = (w ?? 0) * 7 + (d ?? 0);
  if (days > 0) {
    if (years > 0 || months > 0 || days > 999) return null;
    return `D${String(days).padStart(3, '0')}`;
  }
  const total = years * 12 + months;
  if (total === 0 || total >= 100 * 12) return null;
  return `${String(Math.floor(total / 12)).padStart(2, '0')}${String(total % 12).padStart(2, '0')}`;
}
