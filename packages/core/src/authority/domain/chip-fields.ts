/**
 * From a resident and a decision to the fields of a sandbox chip (@zairyu/card IssueFields): sandbox status
 * code, 在留期間 code, 就労制限 code from the rules' status table, validity from the rules' cardValidity,
 * and an address image that can be drawn. Card types: 05 residence card, 06 SPR certificate, 07 / 08 特定.
 */
import {
  type CardType,
  fieldsFromSeed,
  type IssueFields,
  IssueFieldsError,
  mergeFields,
  SANDBOX_PERMISSION_TYPES,
  SANDBOX_STATUS_CODES,
} from '@zairyu/card';
import { type CardKind, statusInfo } from '@zairyu/rules';
import { DomainError } from '../../platform/domain-error.ts';
import { chipDate } from './dates.ts';
import { periodCode } from './period-code.ts';
import type { ResidentFields } from './resident-fields.ts';

/** A card kind that can be issued. */
export type IssuableKind = Exclude<CardKind, 'none'>;

const TYPE_OF: Record<IssuableKind, CardType> = {
  'residence-card': '05',
  'special-permanent-resident-certificate': '06',
  'specified-residence-card': '07',
  'specified-special-permanent-resident-certificate': '08',
};

/** The chip card type of a card kind. */
export function cardTypeOf(kind: IssuableKind): CardType {
  return TYPE_OF[kind];
}

/** True for 特定 kinds (they carry the My Number function). */
export function isSpecifiedKind(kind: string): boolean {
  return kind === 'specified-residence-card' || kind === 'specified-special-permanent-resident-certificate';
}

/** The sandbox 在留資格 code (`C9`) of a status, or undefined when no card is issued for it. */
export function sandboxStatusCodeOf(status: string): string | undefined {
  return SANDBOX_STATUS_CODES.find((s) => s.name === status)?.code;
}

/** The sandbox 許可の種類 code (`CA`) of a permission kind (landing when unknown). */
export function sandboxPermissionCodeOf(kind: string): string {
  return (SANDBOX_PERMISSION_TYPES.find((s) => s.name === kind) ?? SANDBOX_PERMISSION_TYPES[0])?.code ?? 'Z1';
}

/** The `CC` 就労制限 code of a status (rules' status table). */
export function workRestrictionCode(status: ResidentFields['status']): '1' | '2' | '4' | '9' {
  switch (statusInfo(status).workRestriction) {
    case 'none':
      return '1';
    case 'status-only':
      return '2';
    case 'designation-only':
    case 'designated-organisation-only':
      return '4';
    default:
      return '9';
  }
}

const SEX_CODE = { male: '1', female: '2', unspecified: '3' } as const;

/** The address drawn on the card: the Latin address, or a drawable placeholder naming the municipality. */
export function cardAddress(resident: ResidentFields): string {
  return resident.addressLatin ?? `SANDBOX ADDRESS ${resident.municipalityCode}`;
}

/** What a card is issued with. */
export interface ChipFieldsInput {
  kind: IssuableKind;
  cardNumber: string;
  resident: ResidentFields;
  permission: { kind: string; date: string };
  issuedOn: string;
  cardExpiry: string;
}

/** The IssueFields of a card (validated by @zairyu/card; a field it refuses is invalid-input `card.<field>`). */
export function chipFieldsFor(input: ChipFieldsInput): IssueFields {
  const { resident: r, kind } = input;
  const type = cardTypeOf(kind);
  const spr = type === '06' || type === '08';
  const status = sandboxStatusCodeOf(r.status);
  const period = periodCode(r.periodOfStay);
  if (!status || period === null)
    throw new DomainError('invalid-input', 'no card can be issued for this status or period', {
      path: status ? 'periodOfStay' : 'status',
    });
  const base = fieldsFromSeed(type, 0, chipDate(input.issuedOn));
  const overrides: Partial<Record<keyof IssueFields, string>> = {
    cardNumber: input.cardNumber,
    name: `${r.familyName} ${r.givenName}`,
    birthDate: chipDate(r.birthDate),
    sex: SEX_CODE[r.sex],
    nationality: r.nationality,
    status,
    periodOfStay: period,
    permissionType: spr ? '' : sandboxPermissionCodeOf(input.permission.kind),
    permissionDate: spr ? '' : chipDate(input.permission.date),
    workRestriction: spr ? '1' : workRestrictionCode(r.status),
    stayExpiry: spr || r.stayExpiry === null ? '' : chipDate(r.stayExpiry),
    cardExpiry: chipDate(input.cardExpiry),
    address: cardAddress(r),
    municipalityCode: r.municipalityCode,
    addressWrittenOn: chipDate(input.issuedOn),
    extraActivity: '0',
    extraActivityExpiry: '',
    individualPermission: '0',
    applicationPending: r.applicationPending ? '1' : '0',
    issuedOn: chipDate(input.issuedOn),
  };
  try {
    return mergeFields(type, base, overrides);
  } catch (e) {
    if (e instanceof IssueFieldsError)
      throw new DomainError('invalid-input', `card field ${e.field}: ${e.message}`, {
        path: `card.${e.field}`,
      });
    throw e;
  }
}
