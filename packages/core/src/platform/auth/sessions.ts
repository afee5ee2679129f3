/**
 * Login sessions for people: a random 32-byte id (the cookie) and CSRF token, 8 hours. The database keeps
 * only the SHA-256 of the id, so a database reader cannot take over a session. Creating and deleting a
 * session are audited (sessions.create, sessions.delete) under the user.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Actor, Context } from '../context.ts';
import { notFound } from '../domain-error.ts';
import { platformPolicy } from '../policies/platform-policy.ts';
import { runCommand } from '../run-command.ts';
import { actorOf } from './actor-of.ts';

/** Session lifetime. */
export const SESSION_TTL_MS = 8 * 3_600_000;

/** SHA-256 hex of a secret (session id or API token). */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new session: give `id` to the browser (httpOnly cookie) and `csrfToken` to the page. */
export interface NewSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
}

function userContext(db: Kysely<Schema>, clock: Clock, actor: Actor, requestId: string): Context {
  return { db, clock, actor, tenantId: actor.tenantId, requestId };
}

/** Starts a session for a user. */
export async function createSession(
  db: Kysely<Schema>,
  userId: string,
  clock: Clock,
  requestId = 'login',
): Promise<NewSession> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row || row.disabled_at !== null) throw notFound('user', userId);
  const actor = actorOf(row);
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  return runCommand(
    userContext(db, clock, actor, requestId),
    platformPolicy.authorize(actor, 'sessions.create'),
    async ({ tx, audit, at, now }) => {
      const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
      await tx
        .insertInto('sessions')
        .values({
          id: secretHash(id),
          tenant_id: actor.tenantId,
          user_id: userId,
          csrf_token: csrfToken,
          created_at: at,
          expires_at: expiresAt,
        })
        .execute();
      audit.record({
        event: 'sessions.create',
        subjectType: 'user',
        subjectId: userId,
        changedFields: ['session'],
      });
      return { id, csrfToken, expiresAt };
    },
  );
}

/** The session's actor and CSRF token, or null when unknown, expired or the user is disabled. */
export async function getSession(
  db: Kysely<Schema>,
  id: string,
  clock: Clock,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: string } | null> {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', secretHash(id))
    .executeTakeFirst();
  if (!row || row.disabled_at !== null) return null;
  if (row.expires_at <= clock.now().toISOString()) return null;
  const { csrf_token, expires_at, ...user } = row;
  return { actor: actorOf(user), csrfToken: csrf_token, expiresAt: expires_at };
}

/** Ends a session (logout); unknown ids are ignored. */
export async function deleteSession(
  db: Kysely<Schema>,
  id: string,
  clock: Clock = systemClock,
  requestId = 'logout',
): Promise<void> {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.id', '=', secretHash(id))
    .executeTakeFirst();
  if (!row) return;
  const actor = actorOf(row);
  await runCommand(
    userContext(db, clock, actor, requestId),
    platformPolicy.authorize(actor, 'sessions.delete'),
    async ({ tx, audit }) => {
      await tx.deleteFrom('sessions').where('id', '=', secretHash(id)).execute();
      audit.record({
        event: 'sessions.delete',
        subjectType: 'user',
        subjectId: actor.userId,
        changedFields: ['session'],
      });
    },
  );
}

/** Deletes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Schema>, clock: Clock): Promise<number> {
  const r = await db
    .deleteFrom('sessions')
    .where('expires_at', '<=', clock.now().toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
