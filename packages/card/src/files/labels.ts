/**
 * Code tables of the chip's text fields, for showing decoded values (chip.md §2, §4.2, §5.3). Each entry has a
 * stable kebab-case machine code plus the Japanese and English wording; unknown codes are absent (callers show
 * the raw code rather than guess). The 在留資格 (`C9`) and 許可の種類 (`CA`) tables are distributed by ISA
 * separately and are not reproduced here.
 */

/** How one chip code reads. */
export interface CodeLabel {
  /** Stable machine code (kebab-case). */
  code: string;
  ja: string;
  en: string;
}

/** Card type `C1` (chip.md §2). */
export const CARD_TYPE_LABELS: Readonly<Record<string, CodeLabel>> = {
  '1': { code: 'residence-card', ja: '在留カード', en: 'residence card (1st generation)' },
  '2': {
    code: 'special-permanent-resident-certificate',
    ja: '特別永住者証明書',
    en: 'special permanent resident certificate (1st generation)',
  },
  '05': { code: 'residence-card-gen2', ja: '在留カード（第2世代）', en: 'residence card (2nd generation)' },
  '06': {
    code: 'special-permanent-resident-certificate-gen2',
    ja: '特別永住者証明書（第2世代）',
    en: 'special permanent resident certificate (2nd generation)',
  },
  '07': {
    code: 'specified-residence-card',
    ja: '特定在留カード',
    en: 'specified residence card (combined with My Number card)',
  },
  '08': {
    code: 'specified-special-permanent-resident-certificate',
    ja: '特定特別永住者証明書',
    en: 'specified special permanent resident certificate (combined with My Number card)',
  },
};

/** `C7` 性別 (chip.md §5.3). */
export const SEX_LABELS: Readonly<Record<string, CodeLabel>> = {
  '1': { code: 'male', ja: '男', en: 'male' },
  '2': { code: 'female', ja: '女', en: 'female' },
  '3': { code: 'unspecified', ja: '未指定／不詳', en: 'unspecified or unknown' },
};

/** `CC` 就労制限の有無 (chip.md §5.3). */
export const WORK_RESTRICTION_LABELS: Readonly<Record<string, CodeLabel>> = {
  '1': { code: 'no-restriction', ja: '就労制限なし', en: 'no work restriction' },
  '2': {
    code: 'status-activities-only',
    ja: '在留資格に基づく就労活動のみ可',
    en: 'only work within the status of residence',
  },
  '4': {
    code: 'designated-activities-only',
    ja: '指定書により指定された就労活動のみ可',
    en: 'only work designated in the designation document',
  },
  '9': { code: 'not-permitted', ja: '就労不可', en: 'work not permitted' },
};

/** Gen-2 `D5` 資格外活動包括許可 (chip.md §5.3). */
export const COMPREHENSIVE_PERMISSION_LABELS: Readonly<Record<string, CodeLabel>> = {
  '0': { code: 'none', ja: '包括許可なし', en: 'no comprehensive permission' },
  '1': {
    code: 'up-to-28-hours-excluding-adult-entertainment',
    ja: '原則週28時間以内・風俗営業等の従事を除く',
    en: 'up to 28 hours a week, excluding adult entertainment businesses',
  },
  '2': {
    code: 'up-to-28-hours-education-related',
    ja: '原則週28時間以内・教育関連',
    en: 'up to 28 hours a week, education-related',
  },
};

/** Gen-2 `D7` 資格外活動個別許可 (chip.md §5.3). */
export const INDIVIDUAL_PERMISSION_LABELS: Readonly<Record<string, CodeLabel>> = {
  '0': { code: 'none', ja: '個別許可なし', en: 'no individual permission' },
  '1': { code: 'granted', ja: '個別許可あり', en: 'individual permission granted' },
};

/** Gen-1 `D7` and gen-2 `D8` 在留期間更新等許可申請 (chip.md §4.2, §5.3). */
export const RENEWAL_APPLICATION_LABELS: Readonly<Record<string, CodeLabel>> = {
  '0': { code: 'none', ja: '申請なし', en: 'no application' },
  '1': { code: 'applying', ja: '申請中', en: 'application pending' },
};

/** Gen-2 `D9` 出入国在留管理庁長官記載 (chip.md §5.3). */
export const COMMISSIONER_ENTRY_LABELS: Readonly<Record<string, CodeLabel>> = {
  '0': { code: 'none', ja: '記載なし', en: 'no entry' },
  '1': { code: 'present', ja: '記載あり', en: 'entry present' },
};
