/**
 * Bearer tokens for programs: `zat_` + 32 random bytes, shown once; only the SHA-256 is stored. A token acts
 * as the user who created it (same role, office and tenant) until revoked or the user is disabled.
 */

import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Schema } from '../../db/schema.ts';
import type { Actor, Context } from '../context.ts';
import { DomainError, notFound } from '../domain-error.ts';
import { newId } from '../ids.ts';
import { pageLimit, toPage } from '../paging.ts';
import { platformPolicy } from '../policies/platform-policy.ts';
import { runCommand } from '../run-command.ts';
import { freeText, parseInput } from '../validation.ts';
import { actorOf } from './actor-of.ts';
import { secretHash } from './sessions.ts';

const PREFIX = 'zat_';

/** Input of createApiToken. */
export const CreateApiTokenSchema = z.object({ name: freeText(100) }).strict();

/** Creates a token for the acting user; the plaintext is returned only here. */
export async function createApiToken(
  ctx: Context,
  input: { name: string },
): Promise<{ id: string; token: string }> {
  return runCommand(
    ctx,
    platformPolicy.authorize(ctx.actor, 'api-tokens.create'),
    async ({ tx, audit, at, now }) => {
      const req = parseInput(CreateApiTokenSchema, input);
      const owner = await tx
        .selectFrom('users')
        .select(['id', 'disabled_at'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', ctx.actor.userId)
        .executeTakeFirst();
      if (!owner || owner.disabled_at !== null)
        throw new DomainError('forbidden', 'only an active user account can own an API token');
      const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
      const id = newId('tok', now);
      await tx
        .insertInto('api_tokens')
        .values({
          id,
          tenant_id: ctx.tenantId,
          user_id: ctx.actor.userId,
          name: req.name,
          token_hash: secretHash(token),
          created_at: at,
          revoked_at: null,
        })
        .execute();
      audit.record({
        event: 'api-tokens.create',
        subjectType: 'api-token',
        subjectId: id,
        changedFields: ['name', 'userId'],
      });
      return { id, token };
    },
  );
}

/** Revokes a token (its owner, or the tenant's administrator). */
export async function revokeApiToken(ctx: Context, input: { tokenId: string }): Promise<void> {
  await runCommand(
    ctx,
    platformPolicy.authorize(ctx.actor, 'api-tokens.revoke'),
    async ({ tx, audit, at, grant }) => {
      const row = await tx
        .selectFrom('api_tokens')
        .selectAll()
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', String(input.tokenId))
        .executeTakeFirst();
      if (!row) throw notFound('api-token', String(input.tokenId));
      grant.check({ userId: row.user_id }, 'the token');
      if (row.revoked_at !== null) return;
      await tx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', row.id).execute();
      audit.record({
        event: 'api-tokens.revoke',
        subjectType: 'api-token',
        subjectId: row.id,
        changedFields: ['revokedAt'],
      });
    },
  );
}

/** An API token as listed (never the token itself). */
export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** An API token as listed. */
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** A new API token: the plaintext is shown only in this answer. */
export const NewApiTokenSchema = z.object({
  id: z.string(),
  token: z.string().meta({ description: 'Send as `Authorization: Bearer <token>`; shown only once' }),
});

/** The acting user's API tokens, a page at a time (cursor = the last id seen). */
export async function listApiTokens(
  ctx: Context,
  input: { limit?: number; cursor?: string | null } = {},
): Promise<{ items: ApiToken[]; nextCursor: string | null }> {
  platformPolicy.authorize(ctx.actor, 'api-tokens.read');
  const limit = pageLimit(input);
  let q = ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('user_id', '=', ctx.actor.userId);
  if (input.cursor) q = q.where('id', '>', input.cursor);
  const rows = await q
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, (r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** The actor of a bearer token, or null. */
export async function verifyApiToken(db: Kysely<Schema>, token: string): Promise<Actor | null> {
  if (typeof token !== 'string' || !token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select('api_tokens.revoked_at')
    .where('api_tokens.token_hash', '=', secretHash(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null) return null;
  const { revoked_at: _revoked, ...user } = row;
  return actorOf(user);
}
