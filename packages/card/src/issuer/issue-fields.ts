/**
 * The fields a sandbox card is issued with (chip-native values: `YYYYMMDD`, chip codes), generated
 * deterministically from a seed or read from a fields JSON and validated with errors that name the field.
 * Only synthetic people: names and addresses are invented and say SANDBOX.
 */
import { CardLibraryError } from '../errors/library-error.ts';
import type { CardType } from '../files/card-type.ts';
import { SANDBOX_PERMISSION_TYPES, SANDBOX_STATUS_CODES, sandboxStatusCode } from '../files/sandbox-codes.ts';
import { canRender } from '../images/bitmap-font.ts';
import { seededRandom } from '../images/synthetic-face.ts';

/** Everything printed on or recorded in a sandbox card. */
export interface IssueFields {
  cardNumber: string;
  /** Holder name, drawn into the name / front image (A–Z, digits, spaces). */
  name: string;
  birthDate: string;
  sex: '1' | '2' | '3';
  nationality: string;
  /** 在留資格 chip code (`C9`); sandbox codes are in SANDBOX_STATUS_CODES. */
  status: string;
  /** `CE`: `YYMM`, `0000` indefinite, or `Dnnn` days. */
  periodOfStay: string;
  permissionType: string;
  permissionDate: string;
  /** `CC`: 1 none, 2 status only, 4 designation only, 9 not permitted. */
  workRestriction: '1' | '2' | '4' | '9';
  stayExpiry: string;
  cardExpiry: string;
  /** Address text (gen 1 `D4`) and the address image of gen 2 (drawn, so A–Z, digits, - , . spaces). */
  address: string;
  municipalityCode: string;
  addressWrittenOn: string;
  /** `D5` 0 none, 1/2 comprehensive (28 h a week). */
  extraActivity: '0' | '1' | '2';
  extraActivityExpiry: string;
  individualPermission: '0' | '1';
  /** `D8` / gen-1 `D7`: 1 while an extension or change is pending. */
  applicationPending: '0' | '1';
  /** The day the card is issued (drawn into the gen-1 front image). */
  issuedOn: string;
}

/** A fields document that cannot be issued, naming the field. */
export class IssueFieldsError extends CardLibraryError {
  /** Stable machine code; `field` names what is wrong. */
  readonly code = 'invalid-issue-field';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'IssueFieldsError';
  }
}

const FIRST = ['TARO', 'HANAKO', 'MINH', 'MARIA', 'WEI', 'ANA', 'RAJ', 'SITI', 'JOHN', 'LINH'];
const NATIONALITIES = ['VNM', 'PHL', 'CHN', 'NPL', 'IDN', 'BRA', 'MMR', 'KOR', 'USA', 'LKA'];
const WORK_STATUSES = ['Z12', 'Z17', 'Z22', 'Z24', 'Z27', 'Z29', 'Z16', 'Z19'];

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/** Deterministic synthetic fields for a card type from a seed (same seed → same card). */
export function fieldsFromSeed(type: CardType, seed: number, issuedOn = '20260615'): IssueFields {
  const r = seededRandom(`zairyu-sandbox-${type}-${seed}`);
  const int = (n: number) => Math.floor(r() * n);
  const L = () => String.fromCharCode(65 + int(26));
  const spr = type === '2' || type === '06' || type === '08';
  const status = spr
    ? (sandboxStatusCode('special-permanent-resident') as string)
    : (WORK_STATUSES[int(WORK_STATUSES.length)] as string);
  const iy = Number(issuedOn.slice(0, 4));
  const years = 1 + int(5);
  const stayExpiry = spr ? '' : ymd(iy + years, 1 + int(12), 1 + int(28));
  const work = status === 'Z22' || status === 'Z24' ? '9' : status === 'Z27' || status === 'Z29' ? '1' : '2';
  const extra = work === '9' ? '1' : '0';
  return {
    cardNumber: `${L()}${L()}${String(int(1e8)).padStart(8, '0')}${L()}${L()}`,
    name: `SANDBOX ${FIRST[int(FIRST.length)]}`,
    birthDate: ymd(1960 + int(45), 1 + int(12), 1 + int(28)),
    sex: (['1', '2', '3'] as const)[int(3)] as '1' | '2' | '3',
    nationality: spr ? 'KOR' : (NATIONALITIES[int(NATIONALITIES.length)] as string),
    status,
    periodOfStay: spr ? '0000' : `${String(years).padStart(2, '0')}00`,
    permissionType: spr ? '' : 'Z3',
    permissionDate: spr ? '' : issuedOn,
    workRestriction: work,
    stayExpiry,
    cardExpiry: spr ? ymd(iy + 7, 1 + int(12), 1 + int(28)) : stayExpiry,
    address: `${1 + int(9)}-${1 + int(20)}-${1 + int(30)} SANDBOX-CHO CHIYODA-KU TOKYO`,
    municipalityCode: '131016',
    addressWrittenOn: issuedOn,
    extraActivity: extra,
    extraActivityExpiry: extra === '1' ? stayExpiry : '',
    individualPermission: '0',
    applicationPending: '0',
    issuedOn,
  };
}

const DATE = /^\d{8}$/;

function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))));
  return (
    d.getUTCFullYear() === Number(s.slice(0, 4)) &&
    d.getUTCMonth() + 1 === Number(s.slice(4, 6)) &&
    d.getUTCDate() === Number(s.slice(6, 8))
  );
}

/**
 * Overlays a fields JSON on seed-generated defaults and validates the result for the card type. Unknown
 * fields are refused (a typo should not silently issue a different card).
 */
export function mergeFields(type: CardType, base: IssueFields, input: unknown): IssueFields {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new IssueFieldsError('(document)', 'the fields file must be a JSON object');
  const out: IssueFields = { ...base };
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!(k in base)) throw new IssueFieldsError(k, `unknown field (known: ${Object.keys(base).join(', ')})`);
    if (typeof v !== 'string') throw new IssueFieldsError(k, 'must be a string');
    // dates may be written YYYY-MM-DD (the chip holds YYYYMMDD); a status may be named (student → its sandbox code)
    let value = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.replaceAll('-', '') : v;
    if (k === 'status') value = sandboxStatusCode(v) ?? v;
    (out as unknown as Record<string, string>)[k] = value;
  }
  validateFields(type, out);
  return out;
}

/** Throws IssueFieldsError for the first field that cannot go on a card of this type. */
export function validateFields(type: CardType, f: IssueFields): void {
  const spr = type === '2' || type === '06' || type === '08';
  const gen1 = type === '1' || type === '2';
  if (!/^[A-Z]{2}\d{8}[A-Z]{2}$/.test(f.cardNumber))
    throw new IssueFieldsError('cardNumber', 'must look like AA12345678BB');
  if (!f.name || !canRender(f.name) || f.name.length > 40)
    throw new IssueFieldsError('name', 'use 1–40 characters A–Z, 0–9 and spaces');
  for (const k of ['birthDate', 'cardExpiry', 'issuedOn', 'addressWrittenOn'] as const)
    if (!isRealDate(f[k])) throw new IssueFieldsError(k, 'must be a real date YYYYMMDD');
  if (!['1', '2', '3'].includes(f.sex))
    throw new IssueFieldsError('sex', 'must be 1 (male), 2 (female) or 3 (unspecified)');
  if (!/^[A-Z]{3}$/.test(f.nationality))
    throw new IssueFieldsError('nationality', 'must be 3 letters (ISO 3166 alpha-3 style)');
  if (!f.status || new TextEncoder().encode(f.status).length > 10)
    throw new IssueFieldsError(
      'status',
      `must be a chip code of ≤10 bytes, e.g. ${SANDBOX_STATUS_CODES[11]?.code}`,
    );
  if (!/^(\d{4}|D\d{3})$/.test(f.periodOfStay))
    throw new IssueFieldsError('periodOfStay', 'must be YYMM, 0000 (indefinite) or Dnnn (days)');
  if (!/^\d{6}$/.test(f.municipalityCode)) throw new IssueFieldsError('municipalityCode', 'must be 6 digits');
  if (!gen1 && !canRender(f.address))
    throw new IssueFieldsError('address', 'is drawn into the address image: use A–Z, 0–9, spaces and - , .');
  if (gen1 && new TextEncoder().encode(f.address).length > 320)
    throw new IssueFieldsError('address', 'must be at most 320 bytes of UTF-8');
  if (!spr) {
    if (f.periodOfStay !== '0000' && !isRealDate(f.stayExpiry))
      throw new IssueFieldsError('stayExpiry', 'must be a real date YYYYMMDD');
    if (!isRealDate(f.permissionDate))
      throw new IssueFieldsError('permissionDate', 'must be a real date YYYYMMDD');
    if (!f.permissionType || f.permissionType.length > 2)
      throw new IssueFieldsError(
        'permissionType',
        `must be a 2-byte chip code, e.g. ${SANDBOX_PERMISSION_TYPES[2]?.code}`,
      );
    if (!['1', '2', '4', '9'].includes(f.workRestriction))
      throw new IssueFieldsError('workRestriction', 'must be 1, 2, 4 or 9');
    if (!['0', '1', '2'].includes(f.extraActivity))
      throw new IssueFieldsError('extraActivity', 'must be 0, 1 or 2');
    if (f.extraActivity !== '0' && !isRealDate(f.extraActivityExpiry))
      throw new IssueFieldsError(
        'extraActivityExpiry',
        'must be a real date YYYYMMDD when extraActivity is 1 or 2',
      );
    if (!['0', '1'].includes(f.individualPermission))
      throw new IssueFieldsError('individualPermission', 'must be 0 or 1');
    if (!['0', '1'].includes(f.applicationPending))
      throw new IssueFieldsError('applicationPending', 'must be 0 or 1');
  }
}
