/**
 * Tenants: one row per authority or employer, with its kind, name and settings. Tenants are created by the
 * operator (`zairyu tenants create`, or the server's first start for the default sandbox authority), never
 * over HTTP; the creation is the first event of the tenant's own audit chain.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Schema, TenantsTable } from '../../db/schema.ts';
import { appendAuditEvents } from '../audit/append-audit-events.ts';
import type { Clock } from '../clock.ts';
import type { Context } from '../context.ts';
import { DomainError, notFound } from '../domain-error.ts';
import { platformPolicy } from '../policies/platform-policy.ts';
import { freeText, parseInput } from '../validation.ts';
import { PLATFORM_CHAIN, TENANT_ID_PATTERN, TENANT_KINDS, type TenantKind } from './tenant-kinds.ts';

/** A tenant as presented. */
export const TenantSchema = z.object({
  id: z.string(),
  kind: z.enum(TENANT_KINDS),
  name: z.string(),
  settings: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

/** A tenant. */
export type Tenant = z.infer<typeof TenantSchema>;

/** Input of createTenant. */
export const CreateTenantSchema = z
  .object({
    id: z
      .string()
      .regex(TENANT_ID_PATTERN, { error: '2–40 characters a–z, 0–9 and -, starting with a letter or digit' })
      .refine((id) => id !== PLATFORM_CHAIN, { error: `"${PLATFORM_CHAIN}" is reserved` }),
    kind: z.enum(TENANT_KINDS),
    name: freeText(200),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Presents a tenant row. */
export function presentTenant(row: Selectable<TenantsTable>): Tenant {
  return {
    id: row.id,
    kind: row.kind as TenantKind,
    name: row.name,
    settings: JSON.parse(row.settings) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

/** The tenant row, or DomainError('not-found'). */
export async function getTenantRow(db: Kysely<Schema>, id: string): Promise<Selectable<TenantsTable>> {
  const row = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('tenant', id);
  return row;
}

/** The actor's own tenant. */
export async function getOwnTenant(ctx: Context): Promise<Tenant> {
  platformPolicy.authorize(ctx.actor, 'tenants.read');
  return presentTenant(await getTenantRow(ctx.db, ctx.tenantId));
}

/** Every tenant (operators). */
export async function listTenants(db: Kysely<Schema>): Promise<Tenant[]> {
  return (await db.selectFrom('tenants').selectAll().orderBy('id').execute()).map(presentTenant);
}

/** Creates a tenant (an operator's act: no actor, audited as `operator` in the new tenant's chain). */
export async function createTenant(
  db: Kysely<Schema>,
  clock: Clock,
  input: z.input<typeof CreateTenantSchema>,
  requestId = 'operator',
): Promise<Tenant> {
  const req = parseInput(CreateTenantSchema, input);
  const at = clock.now().toISOString();
  return db.transaction().execute(async (tx) => {
    const taken = await tx.selectFrom('tenants').select('id').where('id', '=', req.id).executeTakeFirst();
    if (taken) throw new DomainError('conflict', `tenant ${req.id} exists`, { path: 'id' });
    await tx
      .insertInto('tenants')
      .values({
        id: req.id,
        kind: req.kind,
        name: req.name,
        settings: JSON.stringify(req.settings ?? {}),
        created_at: at,
      })
      .execute();
    await appendAuditEvents(
      tx,
      { tenantId: req.id, actorId: 'operator', actorRole: 'operator', officeCode: null, requestId, at },
      [
        {
          event: 'tenants.create',
          subjectType: 'tenant',
          subjectId: req.id,
          changedFields: ['kind', 'name', 'settings'],
        },
      ],
    );
    return presentTenant(await getTenantRow(tx, req.id));
  });
}
