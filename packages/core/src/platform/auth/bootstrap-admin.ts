/**
 * First start: when there are no users at all, create one system-admin (`admin`) with a random password and
 * return it once so the operator can log in; otherwise do nothing. Nothing is hard-coded.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { DEFAULT_TENANT, systemActor } from '../context.ts';
import { createUser } from './create-user.ts';

/** A random password for generated accounts (24 characters base64url). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** True when no user exists. */
export async function hasNoUsers(db: Kysely<Schema>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Creates the first administrator if there are no users; returns its credentials, or null. */
export async function bootstrapAdmin(
  db: Kysely<Schema>,
  clock: Clock,
  tenantId: string = DEFAULT_TENANT,
): Promise<{ username: string; password: string } | null> {
  if (!(await hasNoUsers(db))) return null;
  const password = randomPassword();
  await createUser(
    { db, clock, actor: systemActor(tenantId), tenantId, requestId: 'bootstrap' },
    { username: 'admin', password, role: 'system-admin', officeCode: null, displayName: 'Administrator' },
  );
  return { username: 'admin', password };
}
