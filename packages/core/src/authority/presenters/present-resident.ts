/**
 * The resident as commands return it: an explicit allowlist of fields (a new column never leaks by itself).
 * The zod schema is the contract; the TypeScript type is derived from it.
 */
import { PENDING_KINDS, STATUS_CODES } from '@zairyu/rules';
import { z } from 'zod';
import { SEXES } from '../domain/resident-fields.ts';
import { type ResidentRow, residentFieldsOf } from '../repositories/residents.ts';

/** A resident as presented. */
export const ResidentSchema = z.object({
  id: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  nationality: z.string(),
  status: z.enum(STATUS_CODES),
  periodOfStay: z.string(),
  stayExpiry: z.string().nullable(),
  residentRecord: z.boolean(),
  address: z.string(),
  addressLatin: z.string().nullable(),
  municipalityCode: z.string(),
  applicationPending: z
    .object({ kind: z.enum(PENDING_KINDS), filedOn: z.string() })
    .nullable()
    .meta({
      description: 'The stay application filed and not yet decided (for the 特例期間), from the applications',
    }),
  permission: z.object({ kind: z.string(), grantedOn: z.string() }).meta({
    description:
      'The last permission the status rests on (landing, extension-of-stay, change-of-status, permanent-residence)',
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A resident. */
export type Resident = z.infer<typeof ResidentSchema>;

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
