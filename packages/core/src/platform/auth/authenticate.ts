/**
 * Password login: the actor of a username and password, or null. Unknown users are checked against a dummy
 * hash so they take as long as known ones (no username probing by timing).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Actor } from '../context.ts';
import { actorOf } from './actor-of.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';

/** The actor, or null for a wrong username or password or a disabled account. */
export async function authenticate(
  db: Kysely<Schema>,
  username: string,
  password: string,
): Promise<Actor | null> {
  if (typeof username !== 'string' || typeof password !== 'string' || password.length > 1024) return null;
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok || row.disabled_at !== null) return null;
  return actorOf(row);
}
