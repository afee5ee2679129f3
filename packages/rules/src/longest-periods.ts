/**
 * The longest period of stay each status can be granted at one time (入管法施行規則 第3条 別表第二), as a dated,
 * cited parameter: the back office refuses a 在留期間満了日 no grant could give (a typo such as 2099), and the
 * value changes on the day an ordinance changes it (特定技能1号: 1 year, then up to 3 years from 2025-09-30,
 * 令和7年法務省令第47号). ISO 8601 durations; `indefinite` for 無期限; null where the table gives no fixed
 * longest period (外交: the duration of the mission; 育成就労 before its ordinance is known).
 */
import type { CitationId } from './citations.ts';
import type { IsoDate } from './date.ts';
import type { ParameterValue } from './parameters.ts';
import type { StatusCode } from './statuses.ts';

/** The longest period of one grant: an ISO duration, `indefinite`, or null (no fixed longest period). */
export type LongestPeriod = string | 'indefinite' | null;

const Y5 = 'P5Y';

const BEFORE_2025_09_30: Readonly<Record<StatusCode, LongestPeriod>> = {
  diplomat: null,
  official: Y5,
  professor: Y5,
  artist: Y5,
  'religious-activities': Y5,
  journalist: Y5,
  'highly-skilled-professional-1': Y5,
  'highly-skilled-professional-2': 'indefinite',
  'business-manager': Y5,
  'legal-accounting-services': Y5,
  'medical-services': Y5,
  researcher: Y5,
  instructor: Y5,
  'engineer-humanities-international': Y5,
  'intra-company-transferee': Y5,
  'nursing-care': Y5,
  entertainer: 'P3Y',
  'skilled-labor': Y5,
  'specified-skilled-worker-1': 'P1Y',
  'specified-skilled-worker-2': 'P3Y',
  'technical-intern-training': 'P2Y',
  'employment-for-skill-development': null,
  'cultural-activities': 'P3Y',
  'temporary-visitor': 'P90D',
  student: 'P4Y3M',
  trainee: 'P1Y',
  dependent: Y5,
  'designated-activities': Y5,
  'permanent-resident': 'indefinite',
  'spouse-of-japanese': Y5,
  'spouse-of-permanent-resident': Y5,
  'long-term-resident': Y5,
  'special-permanent-resident': 'indefinite',
  none: null,
};

/** The parameter: the table by the day it took effect. */
export const LONGEST_PERIODS: {
  description: string;
  citations: readonly CitationId[];
  values: readonly ParameterValue<Readonly<Record<StatusCode, LongestPeriod>>>[];
} = {
  description: 'The longest period of stay one grant of each status can give',
  citations: ['immigration-rules-annex-2'],
  values: [
    { from: null, value: BEFORE_2025_09_30 },
    {
      from: '2025-09-30',
      value: { ...BEFORE_2025_09_30, 'specified-skilled-worker-1': 'P3Y' },
      citations: ['immigration-rules-annex-2', 'moj-ordinance-2025-47'],
      confidence: 'secondary',
    },
  ],
};

/** The longest period of one grant of `status` in force on `on`, with the citations it rests on. */
export function longestPeriodOf(
  status: StatusCode,
  on: IsoDate,
): { period: LongestPeriod; citations: readonly CitationId[] } {
  let hit = LONGEST_PERIODS.values[0] as (typeof LONGEST_PERIODS.values)[number];
  for (const v of LONGEST_PERIODS.values) if (v.from === null || v.from <= on) hit = v;
  return { period: hit.value[status], citations: hit.citations ?? LONGEST_PERIODS.citations };
}
