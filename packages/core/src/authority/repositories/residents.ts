/**
 * Resident rows: read by tenant and id, and the mapping between rows and validated fields.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ResidentsTable, Schema } from '../../db/schema.ts';
import { notFound } from '../../platform/domain-error.ts';
import type { ResidentFields } from '../domain/resident-fields.ts';

/** A resident row. */
export type ResidentRow = Selectable<ResidentsTable>;

/** The resident of a tenant, or DomainError('not-found'). */
export async function getResidentRow(db: Kysely<Schema>, tenantId: string, id: string): Promise<ResidentRow> {
  const row = await db
    .selectFrom('residents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('resident', id);
  return row;
}

/** Validated fields of a row. */
export function residentFieldsOf(row: ResidentRow): ResidentFields {
  return {
    familyName: row.family_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    sex: row.sex as ResidentFields['sex'],
    nationality: row.nationality,
    status: row.status as ResidentFields['status'],
    periodOfStay: row.period_of_stay,
    stayExpiry: row.stay_expiry,
    residentRecord: Number(row.resident_record) === 1,
    address: row.address,
    addressLatin: row.address_latin,
    municipalityCode: row.municipality_code,
    applicationPending:
      row.pending_kind && row.pending_filed_on
        ? {
            kind: row.pending_kind as NonNullable<ResidentFields['applicationPending']>['kind'],
            filedOn: row.pending_filed_on,
          }
        : null,
  };
}

/** Column values of fields. */
export function residentColumns(f: ResidentFields) {
  return {
    family_name: f.familyName,
    given_name: f.givenName,
    birth_date: f.birthDate,
    sex: f.sex,
    nationality: f.nationality,
    status: f.status,
    period_of_stay: f.periodOfStay,
    stay_expiry: f.stayExpiry,
    resident_record: f.residentRecord ? 1 : 0,
    address: f.address,
    address_latin: f.addressLatin,
    municipality_code: f.municipalityCode,
    pending_kind: f.applicationPending?.kind ?? null,
    pending_filed_on: f.applicationPending?.filedOn ?? null,
  };
}

/** Names of the fields whose values differ between two versions (never the values). */
export function changedResidentFields(before: ResidentFields, after: ResidentFields): string[] {
  const out: string[] = [];
  for (const k of Object.keys(after) as (keyof ResidentFields)[])
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out.push(k);
  return out;
}
