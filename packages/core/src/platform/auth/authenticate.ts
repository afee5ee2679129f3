/**
 * Password login: the actor of a tenant, username and password, or null. Unknown users are checked against a
 * dummy hash so they take as long as known ones (no username probing by timing).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Actor } from '../context.ts';
import { DEFAULT_TENANT } from '../tenants/tenant-kinds.ts';
import { actorOf } from './actor-of.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';

/** The actor, or null for an unknown tenant or user, a wrong password or a disabled account. */
export async function authenticate(
  db: Kysely<Schema>,
  username: string,
  password: string,
  tenantId: string = DEFAULT_TENANT,
): Promise<Actor | null> {
  if (
    typeof username !== 'string' ||
    typeof password !== 'string' ||
    typeof tenantId !== 'string' ||
    password.length > 1024
  )
    return null;
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok || row.disabled_at !== null) return null;
  return actorOf(row);
}
