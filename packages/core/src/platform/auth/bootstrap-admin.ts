/**
 * First administrator of a tenant: when the tenant has no users, create one administrator of its kind with a
 * random password and return it once so the operator can log in; otherwise do nothing. Nothing is hard-coded.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { systemActor } from '../context.ts';
import { ADMIN_ROLE, DEFAULT_TENANT, type TenantKind } from '../tenants/tenant-kinds.ts';
import { getTenantRow } from '../tenants/tenants.ts';
import { createUser } from './create-user.ts';

/** A random password for generated accounts (24 characters base64url). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** True when no user exists (in the tenant, or at all). */
export async function hasNoUsers(db: Kysely<Schema>, tenantId?: string): Promise<boolean> {
  let q = db.selectFrom('users').select('id');
  if (tenantId !== undefined) q = q.where('tenant_id', '=', tenantId);
  return (await q.limit(1).executeTakeFirst()) === undefined;
}

/** Creates the tenant's first administrator if it has no users; returns its credentials, or null. */
export async function bootstrapAdmin(
  db: Kysely<Schema>,
  clock: Clock,
  tenantId: string = DEFAULT_TENANT,
  username = 'admin',
): Promise<{ username: string; password: string } | null> {
  if (!(await hasNoUsers(db, tenantId))) return null;
  const kind = (await getTenantRow(db, tenantId)).kind as TenantKind;
  const password = randomPassword();
  await createUser(
    { db, clock, actor: systemActor(tenantId, kind), tenantId, requestId: 'bootstrap' },
    { username, password, role: ADMIN_ROLE[kind], officeCode: null, displayName: 'Administrator' },
  );
  return { username, password };
}
