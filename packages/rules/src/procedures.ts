/**
 * The procedures a 特定在留カード request can (or cannot) accompany, where each is handled, whether it
 * issues a card and whether it already takes a photo. Sources: ISA Q&A Q2-1 (入管: 在留に係る申請 and 在留カード
 * に係る申請・届出; 市区町村: 住居地の届出とみなされる転入届等), specs/rules.md §1.3, source article ②⑦.
 */
import type { Office } from './calendar.ts';

/** Procedure codes of the public contract. */
export const PROCEDURE_CODES = [
  'extension-of-stay',
  'change-of-status',
  'permanent-residence',
  'card-renewal',
  'reissue-damaged',
  'reissue-exchange',
  'reissue-lost',
  'change-of-particulars',
  'first-address',
  'move-in',
  'change-of-address',
  'return-specified-card',
  'none',
] as const;

/** A procedure code of the public contract. */
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** When the procedure hands the holder a new card. */
export type CardIssue = 'always' | 'only-with-request' | 'never';

/** One row of the procedure table. */
export interface ProcedureInfo {
  code: ProcedureCode;
  ja: string;
  en: string;
  /** Office for 中長期在留者; null for `none`. */
  office: Office | null;
  /** Office for 特別永住者 (their certificate procedures are at the municipality), null where not applicable. */
  sprOffice: Office | null;
  /** A 特定 request may accompany it. */
  qualifying: boolean;
  issuesCard: CardIssue;
  /** The procedure itself takes a photo from holders aged 16 or over. */
  takesPhoto: boolean;
  /** The procedure changes the period of stay, so the new card's dates come from the decision. */
  changesPeriod: boolean;
  citations: string[];
}

function p(
  code: ProcedureCode,
  ja: string,
  en: string,
  office: Office | null,
  sprOffice: Office | null,
  qualifying: boolean,
  issuesCard: CardIssue,
  takesPhoto: boolean,
  changesPeriod: boolean,
  citations: string[],
): ProcedureInfo {
  return { code, ja, en, office, sprOffice, qualifying, issuesCard, takesPhoto, changesPeriod, citations };
}

const B = 'immigration-bureau';
const M = 'municipality';
const Q21 = 'isa-tokutei-qa-2-1';

/** The procedure table. */
export const PROCEDURES: readonly ProcedureInfo[] = [
  p(
    'extension-of-stay',
    '在留期間更新許可申請',
    'Extension of period of stay',
    B,
    null,
    true,
    'always',
    true,
    true,
    ['immigration-act-21', Q21, 'source-article-2'],
  ),
  p(
    'change-of-status',
    '在留資格変更許可申請',
    'Change of status of residence',
    B,
    null,
    true,
    'always',
    true,
    true,
    ['immigration-act-20', Q21, 'source-article-2'],
  ),
  p('permanent-residence', '永住許可申請', 'Permanent residence', B, null, true, 'always', true, true, [
    'immigration-act-22',
    Q21,
    'source-article-2',
  ]),
  p(
    'card-renewal',
    '在留カードの有効期間更新申請',
    'Renewal of card validity',
    B,
    M,
    true,
    'always',
    true,
    false,
    ['immigration-act-19-11', Q21],
  ),
  p(
    'reissue-damaged',
    '汚損・毀損等による再交付申請',
    'Re-issue of a damaged card',
    B,
    M,
    true,
    'always',
    true,
    false,
    ['immigration-act-19-13', Q21, 'source-article-2'],
  ),
  p(
    'reissue-exchange',
    '交換希望による再交付申請',
    'Re-issue by request (exchange)',
    B,
    M,
    true,
    'always',
    true,
    false,
    ['immigration-act-19-13', Q21],
  ),
  p(
    'reissue-lost',
    '紛失・盗難等による再交付申請',
    'Re-issue after loss or theft',
    B,
    M,
    false,
    'always',
    true,
    false,
    ['immigration-act-19-12', 'source-article-7'],
  ),
  p(
    'change-of-particulars',
    '住居地以外の記載事項変更届出',
    'Notification of changed particulars (name, nationality …)',
    B,
    M,
    true,
    'always',
    true,
    false,
    ['immigration-act-19-10', Q21, 'source-article-2'],
  ),
  p(
    'first-address',
    '新規上陸後の住居地届出',
    'First address after landing',
    M,
    null,
    true,
    'only-with-request',
    false,
    false,
    ['immigration-act-19-7', Q21, 'source-article-2'],
  ),
  p(
    'move-in',
    '転入届（住居地の変更届出）',
    'Moving-in notification (change of address)',
    M,
    M,
    true,
    'only-with-request',
    false,
    false,
    ['immigration-act-19-9', Q21, 'source-article-2'],
  ),
  p(
    'change-of-address',
    '転居届（住居地の変更届出）',
    'Change of address within a municipality',
    M,
    M,
    true,
    'only-with-request',
    false,
    false,
    ['immigration-act-19-9', Q21, 'source-article-2'],
  ),
  p(
    'return-specified-card',
    '特定在留カードの返納と在留カードの交付',
    'Return of the specified card for an ordinary card',
    B,
    M,
    false,
    'always',
    true,
    false,
    ['immigration-act-19-14-15', 'isa-tokutei-qa-2-3', 'source-article-7'],
  ),
  p('none', '手続なし', 'No procedure', null, null, false, 'never', false, false, ['source-article-2']),
];

const byCode = new Map(PROCEDURES.map((x) => [x.code, x]));

/** The table row for a procedure code. */
export function procedureInfo(code: ProcedureCode): ProcedureInfo {
  const x = byCode.get(code);
  if (!x) throw new Error(`unknown procedure: ${code}`);
  return x;
}
