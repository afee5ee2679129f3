/**
 * The 在留資格 table (入管法 別表第一・第二, 施行規則 別表第二) plus 特別永住者 and "no status". Data only:
 * names, the annex, whether the holder can be a 中長期在留者, the usual 就労制限 on the card, and the dates a
 * status exists. Source: specs/rules.md §2.2–2.3.
 */
import type { CitationId } from './citations.ts';
import type { IsoDate } from './date.ts';
import { param } from './parameters.ts';

/** Status codes of the public JSON contract. */
export const STATUS_CODES = [
  'diplomat',
  'official',
  'professor',
  'artist',
  'religious-activities',
  'journalist',
  'highly-skilled-professional-1',
  'highly-skilled-professional-2',
  'business-manager',
  'legal-accounting-services',
  'medical-services',
  'researcher',
  'instructor',
  'engineer-humanities-international',
  'intra-company-transferee',
  'nursing-care',
  'entertainer',
  'skilled-labor',
  'specified-skilled-worker-1',
  'specified-skilled-worker-2',
  'technical-intern-training',
  'employment-for-skill-development',
  'cultural-activities',
  'temporary-visitor',
  'student',
  'trainee',
  'dependent',
  'designated-activities',
  'permanent-resident',
  'spouse-of-japanese',
  'spouse-of-permanent-resident',
  'long-term-resident',
  'special-permanent-resident',
  'none',
] as const;

/** A status code of the public contract. */
export type StatusCode = (typeof STATUS_CODES)[number];

/** The usual 就労制限 wording on the card (IC tag `CC` where known). */
export type WorkRestriction =
  | 'none' // 就労制限なし (CC=1)
  | 'status-only' // 在留資格に基づく就労活動のみ可 (CC=2)
  | 'designated-organisation-only' // 指定書記載機関での在留資格に基づく就労活動のみ可 (技能実習)
  | 'designation-only' // 指定書により指定された就労活動のみ可 (CC=4)
  | 'not-permitted' // 就労不可 (CC=9)
  | 'not-applicable';

/** One row of the status table. */
export interface StatusInfo {
  code: StatusCode;
  ja: string;
  en: string;
  /** 入管法 annex: "1-1" … "1-5", "2", or "special-act" / "none". */
  annex: string;
  /** Whether holding this status can make someone a 中長期在留者 (given a period over 3 months). */
  midLongTermPossible: boolean;
  /** Whether the status has no period (無期限). */
  indefinite: boolean;
  workRestriction: WorkRestriction;
  /** Periods of stay the 施行規則 allows, as printed (informational). */
  periods: string;
  /** First day the status exists (null = long before 2026). */
  from: IsoDate | null;
  citation: CitationId;
}

const A: CitationId = 'immigration-act-annex-2';

function row(
  code: StatusCode,
  ja: string,
  en: string,
  annex: string,
  workRestriction: WorkRestriction,
  periods: string,
  extra: Partial<StatusInfo> = {},
): StatusInfo {
  return {
    code,
    ja,
    en,
    annex,
    midLongTermPossible: true,
    indefinite: false,
    workRestriction,
    periods,
    from: null,
    citation: A,
    ...extra,
  };
}

const Y5 = '5年、3年、1年、3月';

/** The status table, in the order of the contract. */
export const STATUSES: readonly StatusInfo[] = [
  row('diplomat', '外交', 'Diplomat', '1-1', 'not-applicable', '外交活動の期間', {
    midLongTermPossible: false,
  }),
  row('official', '公用', 'Official', '1-1', 'not-applicable', '5年、3年、1年、3月、30日、15日', {
    midLongTermPossible: false,
  }),
  row('professor', '教授', 'Professor', '1-1', 'status-only', Y5),
  row('artist', '芸術', 'Artist', '1-1', 'status-only', Y5),
  row('religious-activities', '宗教', 'Religious Activities', '1-1', 'status-only', Y5),
  row('journalist', '報道', 'Journalist', '1-1', 'status-only', Y5),
  row(
    'highly-skilled-professional-1',
    '高度専門職1号',
    'Highly Skilled Professional (i)',
    '1-2',
    'status-only',
    '5年',
  ),
  row(
    'highly-skilled-professional-2',
    '高度専門職2号',
    'Highly Skilled Professional (ii)',
    '1-2',
    'status-only',
    '無期限',
    {
      indefinite: true,
    },
  ),
  row(
    'business-manager',
    '経営・管理',
    'Business Manager',
    '1-2',
    'status-only',
    '5年、3年、1年、6月、4月、3月',
  ),
  row('legal-accounting-services', '法律・会計業務', 'Legal/Accounting Services', '1-2', 'status-only', Y5),
  row('medical-services', '医療', 'Medical Services', '1-2', 'status-only', Y5),
  row('researcher', '研究', 'Researcher', '1-2', 'status-only', Y5),
  row('instructor', '教育', 'Instructor', '1-2', 'status-only', Y5),
  row(
    'engineer-humanities-international',
    '技術・人文知識・国際業務',
    'Engineer/Specialist in Humanities/International Services',
    '1-2',
    'status-only',
    Y5,
  ),
  row('intra-company-transferee', '企業内転勤', 'Intra-company Transferee', '1-2', 'status-only', Y5),
  row('nursing-care', '介護', 'Nursing Care', '1-2', 'status-only', Y5),
  row('entertainer', '興行', 'Entertainer', '1-2', 'status-only', '3年、1年、6月、3月、30日'),
  row('skilled-labor', '技能', 'Skilled Labor', '1-2', 'status-only', Y5),
  row(
    'specified-skilled-worker-1',
    '特定技能1号',
    'Specified Skilled Worker (i)',
    '1-2',
    'status-only',
    '1年を超えない範囲で法務大臣が個々に指定する期間',
  ),
  row(
    'specified-skilled-worker-2',
    '特定技能2号',
    'Specified Skilled Worker (ii)',
    '1-2',
    'status-only',
    '3年、1年、6月',
  ),
  row(
    'technical-intern-training',
    '技能実習',
    'Technical Intern Training',
    '1-2',
    'designated-organisation-only',
    '1年（1号）・2年（2号・3号）を超えない範囲で法務大臣が個々に指定する期間',
  ),
  row(
    'employment-for-skill-development',
    '育成就労',
    'Employment for Skill Development',
    '1-2',
    'designated-organisation-only',
    '未確定',
    { from: param('ikusei-shuro-from', '2027-04-01'), citation: 'ikusei-shuro-act' },
  ),
  row('cultural-activities', '文化活動', 'Cultural Activities', '1-3', 'not-permitted', '3年、1年、6月、3月'),
  row('temporary-visitor', '短期滞在', 'Temporary Visitor', '1-3', 'not-permitted', '90日、30日、15日以内', {
    midLongTermPossible: false,
  }),
  row(
    'student',
    '留学',
    'Student',
    '1-4',
    'not-permitted',
    '4年3月を超えない範囲で法務大臣が個々に指定する期間',
  ),
  row('trainee', '研修', 'Trainee', '1-4', 'not-permitted', '1年、6月、3月'),
  row(
    'dependent',
    '家族滞在',
    'Dependent',
    '1-4',
    'not-permitted',
    '5年を超えない範囲で法務大臣が個々に指定する期間',
  ),
  row(
    'designated-activities',
    '特定活動',
    'Designated Activities',
    '1-5',
    'designation-only',
    '5年、3年、1年、6月、3月又は5年を超えない範囲で法務大臣が個々に指定する期間',
  ),
  row('permanent-resident', '永住者', 'Permanent Resident', '2', 'none', '無期限', { indefinite: true }),
  row(
    'spouse-of-japanese',
    '日本人の配偶者等',
    'Spouse or Child of Japanese National',
    '2',
    'none',
    '5年、3年、1年、6月',
  ),
  row(
    'spouse-of-permanent-resident',
    '永住者の配偶者等',
    'Spouse or Child of Permanent Resident',
    '2',
    'none',
    '5年、3年、1年、6月',
  ),
  row(
    'long-term-resident',
    '定住者',
    'Long Term Resident',
    '2',
    'none',
    '5年、3年、1年、6月又は指定する期間',
  ),
  row(
    'special-permanent-resident',
    '特別永住者',
    'Special Permanent Resident',
    'special-act',
    'none',
    '無期限',
    {
      midLongTermPossible: false,
      indefinite: true,
      citation: 'special-act-status',
    },
  ),
  row('none', '在留資格なし', 'No status of residence', 'none', 'not-applicable', '—', {
    midLongTermPossible: false,
    citation: 'immigration-act-19-3',
  }),
];

const byCode = new Map(STATUSES.map((s) => [s.code, s]));

/** The table row for a status code. */
export function statusInfo(code: StatusCode): StatusInfo {
  const s = byCode.get(code);
  if (!s) throw new Error(`unknown status: ${code}`);
  return s;
}

/** Statuses whose holders may give "indefinite" as their period of stay. */
export function allowsIndefinite(code: StatusCode): boolean {
  return statusInfo(code).indefinite || code === 'diplomat' || code === 'none';
}
