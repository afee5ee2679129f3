/**
 * Application rows: read by tenant and id, the resident's open application.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ApplicationsTable, Schema } from '../../db/schema.ts';
import { notFound } from '../../platform/domain-error.ts';

/** An application row. */
export type ApplicationRow = Selectable<ApplicationsTable>;

/** The application of a tenant, or DomainError('not-found'). */
export async function getApplicationRow(
  db: Kysely<Schema>,
  tenantId: string,
  id: string,
): Promise<ApplicationRow> {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('application', id);
  return row;
}

/** The resident's applications that are filed and not yet decided. */
export async function openApplicationRows(
  db: Kysely<Schema>,
  tenantId: string,
  residentId: string,
): Promise<ApplicationRow[]> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('status', '=', 'filed')
    .orderBy('id', 'asc')
    .execute();
}

/**
 * Where an application belongs for the policy: the municipality it was filed for (the destination of a
 * move), else its resident's.
 */
export async function placeOfApplication(
  db: Kysely<Schema>,
  row: ApplicationRow,
): Promise<{ municipalityCode: string }> {
  if (row.municipality_code) return { municipalityCode: row.municipality_code };
  const r = await db
    .selectFrom('residents')
    .select('municipality_code')
    .where('tenant_id', '=', row.tenant_id)
    .where('id', '=', row.resident_id)
    .executeTakeFirstOrThrow();
  return { municipalityCode: r.municipality_code };
}

/** The id of the card issued on an application, or null. */
export async function cardIdOfApplication(
  db: Kysely<Schema>,
  tenantId: string,
  applicationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('cards')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  return row?.id ?? null;
}
