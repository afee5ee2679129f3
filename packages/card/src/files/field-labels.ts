/**
 * The names of the chip's fields as people read them (Japanese first, then English), and the wording of
 * period-of-stay values — a message catalog, so the reader and the CLI never write human text inline
 * (DESIGN.md rule 5). Keys are the reader's `CardFields` names.
 */
import type { PeriodOfStay } from './period-of-stay.ts';

/** A field name in two languages. */
export interface FieldLabel {
  readonly ja: string;
  readonly en: string;
}

/** Every field the reader returns, plus 交付年月日 (which the published gen-2 layout has no tag for). */
export const FIELD_LABELS = {
  cardNumber: { ja: '在留カード番号', en: 'card number' },
  specVersion: { ja: '仕様バージョン', en: 'specification version' },
  cardExpiry: { ja: '有効期間満了日', en: 'card valid until' },
  birthDate: { ja: '生年月日', en: 'date of birth' },
  sex: { ja: '性別', en: 'sex' },
  nationality: { ja: '国籍・地域', en: 'nationality or region' },
  status: { ja: '在留資格', en: 'status of residence' },
  periodOfStay: { ja: '在留期間', en: 'period of stay' },
  permissionType: { ja: '許可の種類', en: 'type of permission' },
  permissionDate: { ja: '許可年月日', en: 'date of permission' },
  issueDate: { ja: '交付年月日', en: 'date of issue' },
  workRestriction: { ja: '就労制限の有無', en: 'work restriction' },
  stayExpiry: { ja: '在留期間満了日', en: 'period of stay ends' },
  extraActivity: { ja: '資格外活動許可（包括）', en: 'permission for other activities (comprehensive)' },
  extraActivityExpiry: { ja: '資格外活動許可の期限', en: 'permission for other activities until' },
  individualPermission: { ja: '資格外活動許可（個別）', en: 'permission for other activities (individual)' },
  applicationPending: { ja: '在留期間更新等許可申請', en: 'application for extension or change' },
  address: { ja: '住居地', en: 'address' },
  addressWrittenOn: { ja: '住居地記載年月日', en: 'address written on' },
  municipalityCode: { ja: '全国地方公共団体コード', en: 'municipality code' },
  comprehensivePermissionText: { ja: '資格外活動包括許可欄', en: 'comprehensive permission (text)' },
  individualPermissionText: { ja: '資格外活動個別許可欄', en: 'individual permission (text)' },
  commissionerEntry: { ja: '出入国在留管理庁長官記載', en: 'entry by the Commissioner of ISA' },
} as const satisfies Record<string, FieldLabel>;

/** A key of {@link FIELD_LABELS}. */
export type LabelledField = keyof typeof FIELD_LABELS;

/** How a period of stay reads: `5年` / `5 years`, `3月` / `3 months`, `90日` / `90 days`, `無期限` / `indefinite`. */
export function periodOfStayLabel(p: PeriodOfStay): FieldLabel {
  if (p.kind === 'indefinite') return { ja: '無期限', en: 'indefinite' };
  if (p.kind === 'days') return { ja: `${p.days}日`, en: `${p.days} day${p.days > 1 ? 's' : ''}` };
  const en = [
    p.years ? `${p.years} year${p.years > 1 ? 's' : ''}` : '',
    p.months ? `${p.months} month${p.months > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return { ja: `${p.years ? `${p.years}年` : ''}${p.months ? `${p.months}月` : ''}`, en: en.join(' ') };
}
