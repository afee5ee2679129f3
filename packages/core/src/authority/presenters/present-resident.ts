/**
 * The resident as commands return it: an explicit allowlist of fields (a new column never leaks by itself).
 */
import type { ResidentFields } from '../domain/resident-fields.ts';
import { type ResidentRow, residentFieldsOf } from '../repositories/residents.ts';

/** A resident. */
export interface Resident extends ResidentFields {
  id: string;
  /** The last permission the status rests on (landing, extension-of-stay, change-of-status, permanent-residence). */
  permission: { kind: string; grantedOn: string };
  createdAt: string;
  updatedAt: string;
}

/** Presents a resident row. */
export function presentResident(row: ResidentRow): Resident {
  const f = residentFieldsOf(row);
  return {
    id: row.id,
    familyName: f.familyName,
    givenName: f.givenName,
    birthDate: f.birthDate,
    sex: f.sex,
    nationality: f.nationality,
    status: f.status,
    periodOfStay: f.periodOfStay,
    stayExpiry: f.stayExpiry,
    residentRecord: f.residentRecord,
    address: f.address,
    addressLatin: f.addressLatin,
    municipalityCode: f.municipalityCode,
    applicationPending: f.applicationPending,
    permission: { kind: row.permission_kind, grantedOn: row.permission_date },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
