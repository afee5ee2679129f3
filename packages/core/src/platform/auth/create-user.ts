/**
 * Staff accounts of a tenant (users.create / users.read / users.reset-password, the kind's administrator):
 * username (unique in the tenant), display name, a role of the tenant's kind, and an office: a bureau officer's
 * is a bureau or 支局 code (`tokyo-bureau`, @zairyu/rules BUREAU_OFFICES), a municipal officer's a
 * 全国地方公共団体コード, an employer user's an optional site code; administrators have none. Passwords have
 * at least 12 characters and are hashed with scrypt; generated ones are shown once.
 */

import { bureauOffice, isValidMunicipalityCode } from '@zairyu/rules';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { DomainError, invalidInput, notFound } from '../domain-error.ts';
import { newId } from '../ids.ts';
import { pageLimit, toPage } from '../paging.ts';
import { platformPolicy } from '../policies/platform-policy.ts';
import { runCommand } from '../run-command.ts';
import { isRoleOfKind, ROLES, type Role, type TenantKind } from '../tenants/tenant-kinds.ts';
import { getTenantRow } from '../tenants/tenants.ts';
import { freeText, parseInput } from '../validation.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import { presentUser, type User } from './present-user.ts';

/** Shape of a username. */
export const USERNAME = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
  error: '3–64 characters a–z, 0–9 and . _ -, starting with a letter or digit',
});

/** A password as accepted. */
export const PASSWORD = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(1024, { error: 'at most 1024 characters' });

/** Input of createUser. */
export const CreateUserSchema = z
  .object({
    username: USERNAME,
    password: PASSWORD,
    role: z.enum(ROLES),
    officeCode: z.string().max(64).nullable(),
    displayName: freeText(100),
  })
  .strict();

/** Input of createUser as callers write it. */
export type CreateUserInput = z.input<typeof CreateUserSchema>;

const SITE_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

function checkOffice(kind: TenantKind, role: Role, officeCode: string | null): void {
  const bad = (message: string) => invalidInput([{ path: 'officeCode', code: 'inconsistent', message }]);
  if (!isRoleOfKind(role, kind))
    throw invalidInput([
      { path: 'role', code: 'inconsistent', message: `${role} is not a role of ${kind} tenants` },
    ]);
  if ((role === 'system-admin' || role === 'employer-admin') && officeCode !== null)
    throw bad('an administrator has no office');
  if (role === 'bureau-officer') {
    const office = officeCode ? bureauOffice(officeCode) : null;
    if (!office || office.prefectures.length === 0)
      throw bad(
        'a bureau officer needs the code of a bureau or 支局 that takes residence procedures, e.g. tokyo-bureau',
      );
  }
  if (role === 'municipal-officer' && !(officeCode && isValidMunicipalityCode(officeCode)))
    throw bad('a municipal officer needs a valid 6-digit 全国地方公共団体コード');
  if (kind === 'employer' && officeCode !== null && !SITE_CODE.test(officeCode))
    throw bad('a site code has 1–40 characters A–Z, a–z, 0–9 and -');
}

/** Creates a user in the context's tenant; DomainError('conflict') when the username is taken there. */
export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const grant = platformPolicy.authorize(ctx.actor, 'users.create');
  const req = parseInput(CreateUserSchema, input);
  const tenant = await getTenantRow(ctx.db, ctx.tenantId);
  checkOffice(tenant.kind as TenantKind, req.role, req.officeCode);
  const passwordHash = await hashPassword(req.password);
  return runCommand(ctx, grant, async ({ tx, audit, at, now }) => {
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('username', '=', req.username)
      .executeTakeFirst();
    if (taken) throw new DomainError('conflict', 'the username is taken', { path: 'username' });
    const id = newId('usr', now);
    await tx
      .insertInto('users')
      .values({
        id,
        tenant_id: ctx.tenantId,
        username: req.username,
        display_name: req.displayName,
        role: req.role,
        office_code: req.officeCode,
        password_hash: passwordHash,
        created_at: at,
        disabled_at: null,
      })
      .execute();
    audit.record({
      event: 'users.create',
      subjectType: 'user',
      subjectId: id,
      changedFields: ['username', 'displayName', 'role', 'officeCode', 'password'],
    });
    const row = await tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return presentUser(row);
  });
}

/** Sets a new password for a user of the tenant (found by username); ends the user's sessions. */
export async function resetPassword(
  ctx: Context,
  input: { username: string; password: string },
): Promise<User> {
  const grant = platformPolicy.authorize(ctx.actor, 'users.reset-password');
  const req = parseInput(z.object({ username: USERNAME, password: PASSWORD }).strict(), input);
  const passwordHash = await hashPassword(req.password);
  return runCommand(ctx, grant, async ({ tx, audit }) => {
    const row = await tx
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', ctx.tenantId)
      .where('username', '=', req.username)
      .executeTakeFirst();
    if (!row) throw notFound('user', req.username);
    await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', row.id).execute();
    const ended = await tx.deleteFrom('sessions').where('user_id', '=', row.id).executeTakeFirst();
    audit.record({
      event: 'users.reset-password',
      subjectType: 'user',
      subjectId: row.id,
      changedFields: ['password', ...(Number(ended.numDeletedRows) > 0 ? ['sessions'] : [])],
    });
    return presentUser(row);
  });
}

/** The tenant's users, a page at a time (cursor = the last id seen). */
export async function listUsers(
  ctx: Context,
  input: { limit?: number; cursor?: string | null } = {},
): Promise<{ items: User[]; nextCursor: string | null }> {
  platformPolicy.authorize(ctx.actor, 'users.read');
  const limit = pageLimit(input);
  let q = ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (input.cursor) q = q.where('id', '>', input.cursor);
  const rows = await q
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, presentUser);
}
