/**
 * The procedures a 特定在留カード request can (or cannot) accompany, as rows of named properties: where each is
 * handled, whether it carries the request, issues a card, takes a photo, runs online, needs the card
 * presented, creates the resident record, has its own deadline and which papers it takes. The rule units read
 * these properties; neither `decide` nor core names procedures one by one. Sources: ISA Q&A Q2-1 (入管: 在留に
 * 係る申請 and 在留カードに係る申請・届出; 市区町村: 住居地の届出とみなされる転入届等), specs/rules.md §1.3, source
 * article ②⑦, 入管法19条の7〜19条の13・20条〜22条の2, 入管特例法10条〜16条.
 */
import type { Office } from './calendar.ts';
import type { CitationId } from './citations.ts';
import type { StatusCode } from './statuses.ts';

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
  'acquisition-of-status',
  'none',
] as const;

/** A procedure code of the public contract. */
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** When the procedure hands the holder a new card. */
export type CardIssue = 'always' | 'only-with-request' | 'never';

/**
 * Which holders a procedure applies to (besides being in force and having an office):
 * `any`; `fixed-period` (not an indefinite stay); `not-permanent-resident`; `indefinite-or-child` (card
 * validity renewal: 永住者・高度専門職2号, and under-16s whose card ends at 16); `holds-specified` (holds a
 * 特定 card); `no-status` (no status of residence yet: birth, loss of Japanese nationality).
 */
export type Applicability =
  | 'any'
  | 'fixed-period'
  | 'not-permanent-resident'
  | 'indefinite-or-child'
  | 'holds-specified'
  | 'no-status';

/** The parameters that count a procedure's days. */
export type DayCountParameter =
  | 'address-notification-days'
  | 'change-of-particulars-days'
  | 'acquisition-of-status-days';

/** The procedure's own deadline: days from a day of the situation, or the last day of the stay or card. */
export type DeadlineRule =
  | { kind: 'days-from'; days: DayCountParameter; from: 'moved-on' | 'cause-date' }
  | { kind: 'by-stay-expiry' }
  | { kind: 'by-card-expiry' };

/** The accompanying procedure's own papers (`procedureDocuments`). */
export const PROCEDURE_DOCUMENT_CODES = [
  'extension-application-form',
  'change-of-status-application-form',
  'permanent-residence-application-form',
  'acquisition-application-form',
  'card-renewal-application-form',
  'reissue-application-form',
  'change-of-particulars-form',
  'certificate-renewal-application-form',
  'certificate-reissue-application-form',
  'certificate-particulars-form',
  'ordinary-card-application-form',
  'procedure-photo',
  'passport',
  'residence-card',
  'special-permanent-resident-certificate',
  'specified-card-to-return',
  'police-report-receipt',
  'moving-out-certificate',
  'proof-of-change',
  'supporting-documents',
  'guarantor-letter',
  'birth-or-nationality-loss-certificate',
  'proof-of-relationship',
  'agent-certificate',
] as const;

/** A code of `procedureDocuments`. */
export type ProcedureDocumentCode = (typeof PROCEDURE_DOCUMENT_CODES)[number];

/** One row of the procedure table. */
export interface ProcedureInfo {
  code: ProcedureCode;
  ja: string;
  en: string;
  /** Office for holders of a status of residence; null for `none`. */
  office: Office | null;
  /** Office for 特別永住者 (their certificate procedures are at the municipality), null where not applicable. */
  sprOffice: Office | null;
  /** A 特定 request may accompany it (Q2-1). */
  qualifying: boolean;
  issuesCard: CardIssue;
  /** The procedure itself takes a photo from holders aged 16 or over. */
  takesPhoto: boolean;
  /** The procedure changes the period of stay, so the new card's dates come from the decision. */
  changesPeriod: boolean;
  /** The grant gives a new status of residence (change, permanent residence, acquisition). */
  changesStatus: boolean;
  /** An extension or change: filed by the expiry it runs a 特例期間 (入管法20条6項). */
  extendsStay: boolean;
  /** The grant makes the holder a 永住者 (indefinite stay, 10th-birthday card). */
  grantsPermanentResidence: boolean;
  /** The online residence application system takes it (ISA online Q&A). */
  online: boolean;
  /** Counts as the address notification only with the card submitted (入管法19条の9第3項, 入管特例法10条). */
  requiresCardPresented: boolean;
  /** Filed by someone not yet in the 住民基本台帳, it creates the record (入管法19条の7第3項, 住基法30条の46). */
  createsResidentRecord: boolean;
  /** Needs an existing record in the municipality's 住民基本台帳 (a 転居届 within the municipality). */
  needsResidentRecord: boolean;
  /** Changes the name or address recorded on the card (the 署名用電子証明書 lapses). */
  changesNameOrAddress: boolean;
  /** The held 特定 card ends with it (loss, return). */
  endsSpecifiedCard: boolean;
  /** Re-issues a lost card (the 14 days from learning of the loss or from re-entry). */
  reissuesLostCard: boolean;
  /** Which holders it applies to. */
  applies: Applicability;
  /** Also open to holders who are not 中長期在留者 (their stay itself can be extended or changed). */
  openToShortStays: boolean;
  /** Statuses it never applies to, whatever the rest. */
  excludedStatuses: readonly StatusCode[];
  /** The procedure's own deadline. */
  deadline: DeadlineRule | null;
  /** A 転入届・転居届・住居地届出 is made once you live there: the earliest day is the day of the move. */
  startsOnMove: boolean;
  /** Its own papers for holders of a status of residence. */
  documents: readonly ProcedureDocumentCode[];
  /** Its own papers for 特別永住者. */
  sprDocuments: readonly ProcedureDocumentCode[];
  citations: readonly CitationId[];
  /** Citations for 特別永住者 (入管特例法). */
  sprCitations: readonly CitationId[];
}

const B = 'immigration-bureau';
const M = 'municipality';
const Q21 = 'isa-tokutei-qa-2-1';

const base = {
  office: null,
  sprOffice: null,
  qualifying: false,
  issuesCard: 'never',
  takesPhoto: false,
  changesPeriod: false,
  changesStatus: false,
  extendsStay: false,
  grantsPermanentResidence: false,
  online: false,
  requiresCardPresented: false,
  createsResidentRecord: false,
  needsResidentRecord: false,
  changesNameOrAddress: false,
  endsSpecifiedCard: false,
  reissuesLostCard: false,
  applies: 'any',
  openToShortStays: false,
  excludedStatuses: [],
  deadline: null,
  startsOnMove: false,
  documents: [],
  sprDocuments: [],
  sprCitations: [],
} as const satisfies Omit<ProcedureInfo, 'code' | 'ja' | 'en' | 'citations'>;

const ADDRESS_DEADLINE: DeadlineRule = {
  kind: 'days-from',
  days: 'address-notification-days',
  from: 'moved-on',
};

/** The procedure table. */
export const PROCEDURES: readonly ProcedureInfo[] = [
  {
    ...base,
    code: 'extension-of-stay',
    ja: '在留期間更新許可申請',
    en: 'Extension of period of stay',
    office: B,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    changesPeriod: true,
    extendsStay: true,
    online: true,
    applies: 'fixed-period',
    openToShortStays: true,
    excludedStatuses: ['diplomat'],
    deadline: { kind: 'by-stay-expiry' },
    documents: [
      'extension-application-form',
      'procedure-photo',
      'passport',
      'residence-card',
      'supporting-documents',
    ],
    citations: ['immigration-act-21', Q21, 'source-article-2'],
  },
  {
    ...base,
    code: 'change-of-status',
    ja: '在留資格変更許可申請',
    en: 'Change of status of residence',
    office: B,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    changesPeriod: true,
    changesStatus: true,
    extendsStay: true,
    online: true,
    openToShortStays: true,
    deadline: { kind: 'by-stay-expiry' },
    documents: [
      'change-of-status-application-form',
      'procedure-photo',
      'passport',
      'residence-card',
      'supporting-documents',
    ],
    citations: ['immigration-act-20', Q21, 'source-article-2'],
  },
  {
    ...base,
    code: 'permanent-residence',
    ja: '永住許可申請',
    en: 'Permanent residence',
    office: B,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    changesPeriod: true,
    changesStatus: true,
    grantsPermanentResidence: true,
    applies: 'not-permanent-resident',
    documents: [
      'permanent-residence-application-form',
      'procedure-photo',
      'passport',
      'residence-card',
      'guarantor-letter',
      'supporting-documents',
    ],
    citations: ['immigration-act-22', Q21, 'source-article-2'],
  },
  {
    ...base,
    code: 'card-renewal',
    ja: '在留カードの有効期間更新申請',
    en: 'Renewal of card validity',
    office: B,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    applies: 'indefinite-or-child',
    deadline: { kind: 'by-card-expiry' },
    documents: ['card-renewal-application-form', 'procedure-photo', 'passport', 'residence-card'],
    sprDocuments: [
      'certificate-renewal-application-form',
      'procedure-photo',
      'passport',
      'special-permanent-resident-certificate',
    ],
    citations: ['immigration-act-19-11', Q21],
    sprCitations: ['special-act-12', 'special-act-16-2'],
  },
  {
    ...base,
    code: 'reissue-damaged',
    ja: '汚損・毀損等による再交付申請',
    en: 'Re-issue of a damaged card',
    office: B,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    documents: ['reissue-application-form', 'procedure-photo', 'passport', 'residence-card'],
    sprDocuments: [
      'certificate-reissue-application-form',
      'procedure-photo',
      'passport',
      'special-permanent-resident-certificate',
    ],
    citations: ['immigration-act-19-13', Q21, 'source-article-2'],
    sprCitations: ['special-act-14', 'special-act-16-2'],
  },
  {
    ...base,
    code: 'reissue-exchange',
    ja: '交換希望による再交付申請',
    en: 'Re-issue by request (exchange)',
    office: B,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    documents: ['reissue-application-form', 'procedure-photo', 'passport', 'residence-card'],
    sprDocuments: [
      'certificate-reissue-application-form',
      'procedure-photo',
      'passport',
      'special-permanent-resident-certificate',
    ],
    citations: ['immigration-act-19-13', Q21],
    sprCitations: ['special-act-14', 'special-act-16-2'],
  },
  {
    ...base,
    code: 'reissue-lost',
    ja: '紛失・盗難等による再交付申請',
    en: 'Re-issue after loss or theft',
    office: B,
    sprOffice: M,
    issuesCard: 'always',
    takesPhoto: true,
    endsSpecifiedCard: true,
    reissuesLostCard: true,
    documents: ['reissue-application-form', 'procedure-photo', 'passport', 'police-report-receipt'],
    sprDocuments: [
      'certificate-reissue-application-form',
      'procedure-photo',
      'passport',
      'police-report-receipt',
    ],
    citations: ['immigration-act-19-12', 'source-article-7'],
    sprCitations: ['special-act-13', 'source-article-7'],
  },
  {
    ...base,
    code: 'change-of-particulars',
    ja: '住居地以外の記載事項変更届出',
    en: 'Notification of changed particulars (name, nationality …)',
    office: B,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'always',
    takesPhoto: true,
    changesNameOrAddress: true,
    deadline: { kind: 'days-from', days: 'change-of-particulars-days', from: 'cause-date' },
    documents: [
      'change-of-particulars-form',
      'procedure-photo',
      'passport',
      'residence-card',
      'proof-of-change',
    ],
    sprDocuments: [
      'certificate-particulars-form',
      'procedure-photo',
      'passport',
      'special-permanent-resident-certificate',
      'proof-of-change',
    ],
    citations: ['immigration-act-19-10', Q21, 'source-article-2'],
    sprCitations: ['special-act-11', 'special-act-16-2'],
  },
  {
    ...base,
    code: 'first-address',
    ja: '新規上陸後の住居地届出',
    en: 'First address after landing',
    office: M,
    qualifying: true,
    issuesCard: 'only-with-request',
    createsResidentRecord: true,
    changesNameOrAddress: true,
    deadline: ADDRESS_DEADLINE,
    startsOnMove: true,
    documents: ['residence-card', 'passport'],
    citations: ['immigration-act-19-7', 'immigration-act-19-7-3', Q21, 'source-article-2'],
  },
  {
    ...base,
    code: 'move-in',
    ja: '転入届（住居地の変更届出）',
    en: 'Moving-in notification (change of address)',
    office: M,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'only-with-request',
    requiresCardPresented: true,
    createsResidentRecord: true,
    changesNameOrAddress: true,
    deadline: ADDRESS_DEADLINE,
    startsOnMove: true,
    documents: ['residence-card', 'moving-out-certificate'],
    sprDocuments: ['special-permanent-resident-certificate', 'moving-out-certificate'],
    citations: ['immigration-act-19-9', 'immigration-act-19-9-3', Q21, 'source-article-2'],
    sprCitations: ['special-act-10', 'special-act-16-2', 'source-article-2'],
  },
  {
    ...base,
    code: 'change-of-address',
    ja: '転居届（住居地の変更届出）',
    en: 'Change of address within a municipality',
    office: M,
    sprOffice: M,
    qualifying: true,
    issuesCard: 'only-with-request',
    requiresCardPresented: true,
    needsResidentRecord: true,
    changesNameOrAddress: true,
    deadline: ADDRESS_DEADLINE,
    startsOnMove: true,
    documents: ['residence-card'],
    sprDocuments: ['special-permanent-resident-certificate'],
    citations: ['immigration-act-19-9', 'immigration-act-19-9-3', Q21, 'source-article-2'],
    sprCitations: ['special-act-10', 'special-act-16-2', 'source-article-2'],
  },
  {
    ...base,
    code: 'return-specified-card',
    ja: '特定在留カードの返納と在留カードの交付',
    en: 'Return of the specified card for an ordinary card',
    office: B,
    sprOffice: M,
    issuesCard: 'always',
    takesPhoto: true,
    endsSpecifiedCard: true,
    applies: 'holds-specified',
    documents: ['ordinary-card-application-form', 'procedure-photo', 'passport', 'specified-card-to-return'],
    sprDocuments: [
      'ordinary-card-application-form',
      'procedure-photo',
      'passport',
      'specified-card-to-return',
    ],
    citations: ['immigration-act-19-14-15', 'isa-tokutei-qa-2-3', 'source-article-7'],
    sprCitations: ['special-act-15-16', 'isa-tokutei-qa-2-3', 'source-article-7'],
  },
  {
    ...base,
    code: 'acquisition-of-status',
    ja: '在留資格取得許可申請',
    en: 'Acquisition of status of residence (birth, loss of Japanese nationality)',
    office: B,
    qualifying: true,
    issuesCard: 'always',
    changesPeriod: true,
    changesStatus: true,
    online: true,
    applies: 'no-status',
    openToShortStays: true,
    deadline: { kind: 'days-from', days: 'acquisition-of-status-days', from: 'cause-date' },
    documents: ['acquisition-application-form', 'passport', 'birth-or-nationality-loss-certificate'],
    citations: ['immigration-act-22-2', Q21],
  },
  {
    ...base,
    code: 'none',
    ja: '手続なし',
    en: 'No procedure',
    citations: ['source-article-2'],
  },
];

const byCode = new Map(PROCEDURES.map((x) => [x.code, x]));

/** The table row for a procedure code. */
export function procedureInfo(code: ProcedureCode): ProcedureInfo {
  const x = byCode.get(code);
  if (!x) throw new Error(`unknown procedure: ${code}`);
  return x;
}
