/**
 * `CE` 在留期間 (chip.md §5.3, §6.1): `YYMM` years and months, `0000` indefinite (永住者 etc.), or days. The
 * spec names a `DDD` days form without saying how it sits in the 4-byte field; zairyu's sandbox cards write
 * `D` + 3 digits (`D090`) — a modelled convention (§6.1). A bare 3-digit value (`090`, NUL-padded) is read as
 * days too.
 */
import { CardFileError } from './card-file-error.ts';

/** A decoded period of stay. */
export type PeriodOfStay =
  | { kind: 'indefinite' }
  | { kind: 'years-months'; years: number; months: number }
  | {
      kind: 'days';
      days: number;
      /** `D-prefix`: zairyu's modelled `Dnnn` (§6.1); `digits`: a bare `nnn`. */
      notation: 'D-prefix' | 'digits';
    };

/** Reads the `CE` string (NUL padding already stripped); `bad-value` for any other shape. */
export function parsePeriodOfStay(ce: string): PeriodOfStay {
  if (ce === '0000') return { kind: 'indefinite' };
  let m = /^(\d{2})(\d{2})$/.exec(ce);
  if (m) {
    const years = Number(m[1]);
    const months = Number(m[2]);
    if (months < 12) return { kind: 'years-months', years, months };
  }
  m = /^(D?)(\d{3})$/.exec(ce);
  if (m && Number(m[2]) > 0)
    return { kind: 'days', days: Number(m[2]), notation: m[1] ? 'D-prefix' : 'digits' };
  throw new CardFileError({
    code: 'bad-value',
    file: 'DF1/EF02',
    tag: 0xce,
    message: 'not a period of stay',
  });
}

/** The `CE` string for a period; inverse of {@link parsePeriodOfStay} (days default to the modelled `Dnnn`). */
export function formatPeriodOfStay(p: PeriodOfStay): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const bad = () =>
    new CardFileError({ code: 'bad-value', file: 'DF1/EF02', tag: 0xce, message: 'period out of range' });
  switch (p.kind) {
    case 'indefinite':
      return '0000';
    case 'years-months':
      if (!Number.isInteger(p.years) || !Number.isInteger(p.months) || p.years < 0 || p.years > 99)
        throw bad();
      if (p.months < 0 || p.months > 11 || p.years + p.months === 0) throw bad();
      return `${two(p.years)}${two(p.months)}`;
    case 'days':
      if (!Number.isInteger(p.days) || p.days < 1 || p.days > 999) throw bad();
      return `${p.notation === 'digits' ? '' : 'D'}${String(p.days).padStart(3, '0')}`;
  }
}
