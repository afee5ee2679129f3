/**
 * Creates a staff account (users.create, system-admin only): username, display name, role and office, and
 * a password of at least 12 characters hashed with scrypt. A bureau officer's office is a bureau code
 * (e.g. `tokyo-bureau`), a municipal officer's a 全国地方公共団体コード, an administrator has none.
 */
import { isValidMunicipalityCode } from '@zairyu/rules';
import { z } from 'zod';
import { type CommandContext, ROLES } from '../context.ts';
import { DomainError, invalidInput } from '../domain-error.ts';
import { newId } from '../ids.ts';
import { authorize } from '../policies/policies.ts';
import { type AuditedContext, runCommand } from '../run-command.ts';
import { freeText, parseInput } from '../validation.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import { presentUser, type User } from './present-user.ts';

/** Input of createUser. */
export const CreateUserSchema = z
  .object({
    username: z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
      error: '3–64 characters a–z, 0–9 and . _ -, starting with a letter or digit',
    }),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: `at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(1024, { error: 'at most 1024 characters' }),
    role: z.enum(ROLES),
    officeCode: z.string().max(64).nullable(),
    displayName: freeText(100),
  })
  .strict();

/** Input of createUser as callers write it. */
export type CreateUserInput = z.input<typeof CreateUserSchema>;

function checkOffice(role: (typeof ROLES)[number], officeCode: string | null): void {
  const bad = (message: string) => invalidInput([{ path: 'officeCode', code: 'inconsistent', message }]);
  if (role === 'system-admin' && officeCode !== null) throw bad('an administrator has no office');
  if (role === 'bureau-officer' && !(officeCode && /^[a-z0-9][a-z0-9-]{1,63}$/.test(officeCode)))
    throw bad('a bureau officer needs a bureau code such as tokyo-bureau');
  if (role === 'municipal-officer' && !(officeCode && isValidMunicipalityCode(officeCode)))
    throw bad('a municipal officer needs a valid 6-digit 全国地方公共団体コード');
}

/** Creates a user; DomainError('conflict') when the username is taken. */
export async function createUser(
  ctx: AuditedContext | CommandContext,
  input: CreateUserInput,
): Promise<User> {
  authorize(ctx.actor, 'users.create');
  const req = parseInput(CreateUserSchema, input);
  checkOffice(req.role, req.officeCode);
  const passwordHash = await hashPassword(req.password);
  return runCommand(ctx, 'users.create', async ({ tx, audit, at, now }) => {
    const taken = await tx
      .selectFrom('users')
      .select('id')
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

/** The tenant's users (system-admin only). */
export async function listUsers(ctx: AuditedContext | CommandContext): Promise<User[]> {
  authorize(ctx.actor, 'users.read');
  const rows = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('id', 'asc')
    .execute();
  return rows.map(presentUser);
}
