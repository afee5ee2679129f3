/**
 * Every legal number and date the rules use — days, ages, years, windows, start dates — as dated, cited
 * parameters (OpenFisca's model): a parameter lists its values keyed by the day they take effect, and a
 * rule asks for the value in force on a given day. Code never writes these numbers as literals.
 */
import type { CitationId, Confidence } from './citations.ts';
import type { IsoDate } from './date.ts';

/** One value of a parameter, in force from `from` (null: from before anything the engine models). */
export interface ParameterValue<T> {
  from: IsoDate | null;
  value: T;
  /** Citations of this value when they differ from the parameter's. */
  citations?: readonly CitationId[];
  /** Set when this value is less certain than its citations' confidence (e.g. an unconfirmed in-force date). */
  confidence?: Confidence;
}

/** A dated, cited parameter. */
export interface Parameter<T> {
  description: string;
  unit: 'date' | 'days' | 'months' | 'years' | 'age' | 'birthdays' | 'rule' | 'penalty';
  citations: readonly CitationId[];
  /** Values in ascending order of `from`. */
  values: readonly ParameterValue<T>[];
}

/** The 入管法73条の2 penalty at one stage. */
export interface Penalty {
  /** 懲役 (until 2025-05-31) or 拘禁刑 (from 2025-06-01). */
  punishment: 'choeki' | 'kokinkei';
  years: number;
  fineYen: number;
}

const one = <T>(value: T): readonly ParameterValue<T>[] => [{ from: null, value }];

/** The parameter table. */
export const PARAMETERS = {
  'system-in-force-from': {
    description: 'The day the 2024 amendment (特定在留カード) takes effect',
    unit: 'date',
    citations: ['amending-act-2024-59', 'isa-tokutei-start'],
    values: one<IsoDate>('2026-06-14'),
  },
  'counters-open-from': {
    description: 'The first day counters accept requests (the next open day after the Sunday start)',
    unit: 'date',
    citations: ['isa-tokutei-start', 'source-article-2', 'source-article-faq'],
    values: one<IsoDate>('2026-06-15'),
  },
  'new-format-from': {
    description: 'First issue day of new-format (新様式) cards',
    unit: 'date',
    citations: ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'],
    values: one<IsoDate>('2026-06-14'),
  },
  'sixteenth-birthday-cutoff': {
    description:
      'Where an under-16 card ends: on the 16th birthday, or (cards issued from 2023-11-01) on its eve',
    unit: 'rule',
    citations: ['immigration-act-19-5'],
    values: [
      { from: null, value: 'birthday' as 'birthday' | 'eve' },
      { from: '2023-11-01', value: 'eve' as 'birthday' | 'eve' },
    ],
  },
  'child-card-age': {
    description: 'Age below which a card is a child’s card (no photo, validity to the 16th birthday)',
    unit: 'age',
    citations: ['immigration-act-19-5', 'isa-photo-rules'],
    values: one(16),
  },
  'child-card-margin-months': {
    description: 'A card issued within this many months before the 16th birthday is already a full card',
    unit: 'months',
    citations: ['immigration-act-19-5'],
    values: one(6),
  },
  'carry-duty-age': {
    description: 'Age from which the card (or passport) must be carried (入管法23条)',
    unit: 'age',
    citations: ['immigration-act-23'],
    values: one(16),
  },
  'new-format-adult-age': {
    description: 'Age on the issue day from which a new-format long card runs 10 birthdays (else 5)',
    unit: 'age',
    citations: ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'],
    values: one(18),
  },
  'new-format-birthdays': {
    description: 'New-format 永住者・高度専門職2号・特別永住者 cards run to this birthday after issue',
    unit: 'birthdays',
    citations: ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'],
    values: one(10),
  },
  'new-format-child-birthdays': {
    description: 'The same for holders under 18 on the issue day',
    unit: 'birthdays',
    citations: ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'],
    values: one(5),
  },
  'old-format-long-term-years': {
    description: 'Old-format 永住者・高度専門職2号 cards: years counted from the issue day',
    unit: 'years',
    citations: ['immigration-act-19-5'],
    values: one(7),
  },
  'old-format-spr-birthdays': {
    description:
      'Old-format 特別永住者証明書: to this birthday after issue (after the old expiry on renewal)',
    unit: 'birthdays',
    citations: ['special-act-9'],
    values: one(7),
  },
  'special-period-months': {
    description: 'Length of the 特例期間 after the expiry, in calendar months',
    unit: 'months',
    citations: ['immigration-act-20-6', 'civil-code-143'],
    values: one(2),
  },
  'no-special-period-max-days': {
    description: 'A period of stay of this many days or fewer gives no 特例期間',
    unit: 'days',
    citations: ['immigration-act-20-6'],
    values: one(30),
  },
  'mid-long-term-max-excluded-days': {
    description: 'A period of 3 months or less (as days: up to 90) does not make a 中長期在留者',
    unit: 'days',
    citations: ['immigration-act-19-3'],
    values: one(90),
  },
  'period-month-as-days': {
    description:
      'Periods given partly in days are compared with month limits counting a month as this many days (90 days is within 3 months)',
    unit: 'days',
    citations: ['immigration-act-19-3'],
    values: one(30),
  },
  'extension-window-months': {
    description: 'ISA accepts an extension from about this many months before the expiry',
    unit: 'months',
    citations: ['isa-extension-window'],
    values: one(3),
  },
  'extension-window-min-period-days': {
    description: 'The extension window applies to periods of stay of 6 months (as days: 180) or more',
    unit: 'days',
    citations: ['isa-extension-window'],
    values: one(180),
  },
  'card-renewal-window-months': {
    description: 'A card validity renewal is accepted from this many months before the card expiry',
    unit: 'months',
    citations: ['isa-card-renewal-window', 'immigration-act-19-11'],
    values: one(2),
  },
  'card-renewal-window-months-at-sixteen': {
    description: 'The same where the card expires at the 16th birthday',
    unit: 'months',
    citations: ['isa-card-renewal-window', 'immigration-act-19-11'],
    values: one(6),
  },
  'reissue-lost-days': {
    description: 'Days to apply for a re-issue after learning of a loss (from re-entry when learned abroad)',
    unit: 'days',
    citations: ['immigration-act-19-12', 'special-act-13'],
    values: one(14),
  },
  'address-notification-days': {
    description: 'Days to notify a first or new address (転入届・転居届・住居地届出)',
    unit: 'days',
    citations: [
      'immigration-act-19-7',
      'immigration-act-19-9',
      'residents-basic-act-22',
      'residents-basic-act-23',
      'residents-basic-act-30-46',
      'special-act-10',
    ],
    values: one(14),
  },
  'change-of-particulars-days': {
    description: 'Days to notify a changed name, nationality or other particular',
    unit: 'days',
    citations: ['immigration-act-19-10', 'special-act-11'],
    values: one(14),
  },
  'acquisition-of-status-days': {
    description: 'Days from birth (or loss of Japanese nationality) to apply for a status of residence',
    unit: 'days',
    citations: ['immigration-act-22-2'],
    values: one(30),
  },
  'acquisition-stay-days': {
    description: 'Days a person born in Japan (etc.) may stay without a status of residence',
    unit: 'days',
    citations: ['immigration-act-22-2'],
    values: one(60),
  },
  'personal-appearance-exempt-under-age': {
    description: 'Below this age a parent or cohabiting relative files instead of the holder',
    unit: 'age',
    citations: ['secondary-planned-rules-appearance', 'immigration-act-61-9-3'],
    values: one(16),
  },
  'my-number-card-special-extension-months': {
    description: 'A separate My Number card can be extended once, up to this many months after the expiry',
    unit: 'months',
    citations: ['secondary-my-number-card-special-extension'],
    values: one(2),
  },
  'e-certificate-birthdays': {
    description: '署名用・利用者証明用電子証明書 run to this birthday after their issue',
    unit: 'birthdays',
    citations: ['jpki-certificate-validity', 'secondary-certificate-validity-and-lapse'],
    values: one(5),
  },
  'signature-certificate-min-age': {
    description: 'No 署名用電子証明書 is issued to a person under this age',
    unit: 'age',
    citations: ['secondary-certificate-validity-and-lapse'],
    values: one(15),
  },
  'ikusei-shuro-from': {
    description: 'The day 育成就労 (employment for skill development) begins',
    unit: 'date',
    citations: ['ikusei-shuro-act'],
    values: one<IsoDate>('2027-04-01'),
  },
  'illegal-employment-penalty': {
    description: '入管法73条の2 (不法就労助長罪): the maximum penalty by stage',
    unit: 'penalty',
    citations: ['immigration-act-73-2'],
    values: [
      {
        from: null,
        value: { punishment: 'choeki', years: 3, fineYen: 3_000_000 } as Penalty,
        citations: ['immigration-act-73-2'],
      },
      {
        from: '2025-06-01',
        value: { punishment: 'kokinkei', years: 3, fineYen: 3_000_000 } as Penalty,
        citations: ['immigration-act-73-2', 'penal-code-amendment-2022-67'],
      },
      {
        from: '2027-04-01',
        value: { punishment: 'kokinkei', years: 5, fineYen: 5_000_000 } as Penalty,
        citations: ['immigration-act-73-2-2027'],
        confidence: 'unverified',
      },
    ],
  },
} as const satisfies Record<string, Parameter<unknown>>;

/** A parameter id (a typo fails `tsc`). */
export type ParameterId = keyof typeof PARAMETERS;

/** The value type of a parameter. */
export type ParameterType<K extends ParameterId> = (typeof PARAMETERS)[K]['values'][number]['value'];

/** The value entry of `id` in force on `on`. */
export function parameterEntry<K extends ParameterId>(id: K, on: IsoDate): ParameterValue<ParameterType<K>> {
  const values = PARAMETERS[id].values as readonly ParameterValue<ParameterType<K>>[];
  let hit = values[0] as ParameterValue<ParameterType<K>>;
  for (const v of values) if (v.from === null || v.from <= on) hit = v;
  return hit;
}

/** The value of `id` in force on `on`. */
export function param<K extends ParameterId>(id: K, on: IsoDate): ParameterType<K> {
  return parameterEntry(id, on).value;
}

/** The citations of `id` (and of its value in force on `on`, when given). */
export function parameterCitations(id: ParameterId, on?: IsoDate): readonly CitationId[] {
  if (on === undefined) return PARAMETERS[id].citations;
  return parameterEntry(id, on).citations ?? PARAMETERS[id].citations;
}
