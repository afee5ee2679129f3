/**
 * Resident rows: read by tenant and id (with the pending stay application, which is a query over the
 * applications, never a copied column), list queries limited to a policy's place scopes, and the mapping
 * between rows and validated fields.
 */
import { PENDING_KINDS } from '@zairyu/rules';
import type { Expression, ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { ResidentsTable, Schema } from '../../db/schema.ts';
import { notFound } from '../../platform/domain-error.ts';
import type { ResidentFields } from '../domain/resident-fields.ts';
import type { PlaceScope } from '../policies.ts';

/** A resident row with its pending stay application (derived: the oldest filed one, if any). */
export type ResidentRow = Selectable<ResidentsTable> & {
  pending_kind: string | null;
  pending_filed_on: string | null;
};

function pending(eb: ExpressionBuilder<Schema, 'residents'>, column: 'procedure' | 'filed_on') {
  return eb
    .selectFrom('applications')
    .select(`applications.${column}`)
    .whereRef('applications.tenant_id', '=', 'residents.tenant_id')
    .whereRef('applications.resident_id', '=', 'residents.id')
    .where('applications.status', '=', 'filed')
    .where('applications.procedure', 'in', [...PENDING_KINDS])
    .orderBy('applications.filed_on', 'asc')
    .orderBy('applications.id', 'asc')
    .limit(1);
}

/** residents with their derived pending application, in a tenant. */
export function residentsQuery(db: Kysely<Schema>, tenantId: string) {
  return db
    .selectFrom('residents')
    .selectAll('residents')
    .select((eb) => [
      pending(eb, 'procedure').as('pending_kind'),
      pending(eb, 'filed_on').as('pending_filed_on'),
    ])
    .where('residents.tenant_id', '=', tenantId);
}

/** The resident of a tenant, or DomainError('not-found'). */
export async function getResidentRow(db: Kysely<Schema>, tenantId: string, id: string): Promise<ResidentRow> {
  const row = await residentsQuery(db, tenantId).where('residents.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('resident', id);
  return row as ResidentRow;
}

/**
 * A where-clause over a column (or an expression) holding a municipality code that keeps rows in any of the
 * scopes (an empty list of scopes keeps nothing).
 */
export function inScopes<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string | Expression<string | null>,
  scopes: PlaceScope[],
) {
  const ref = typeof column === 'string' ? eb.ref(column as never) : column;
  const ors = scopes.map((s) =>
    s.kind === 'all'
      ? eb.lit(true)
      : s.kind === 'municipality'
        ? eb(ref, '=', s.code as never)
        : s.codes.length === 0
          ? eb.lit(false)
          : eb.or(s.codes.map((p) => eb(ref, 'like', `${p}%` as never))),
  );
  return ors.length === 0 ? eb.lit(false) : eb.or(ors);
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

/** Column values of fields (the pending application is not a column: it is an application row). */
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
  };
}

/** Names of the fields whose values differ between two versions (never the values). */
export function changedResidentFields(before: ResidentFields, after: ResidentFields): string[] {
  const out: string[] = [];
  for (const k of Object.keys(after) as (keyof ResidentFields)[])
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out.push(k);
  return out;
}
