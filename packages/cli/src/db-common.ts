/**
 * What the operator commands share: opening the database the server uses (SQLite file or DATABASE_URL), the
 * operator's actor in a tenant (its kind's administrator role, audited as `operator`), and domain errors as
 * one line with exit 2.
 */
import type { Actor, Context, OpenDatabase } from '@zairyu/core';
import { CliError } from './card-common.ts';

/** Loads @zairyu/core only for the commands that need it. */
export const core = () => import('@zairyu/core');

/** Opens the database (migrated), runs `fn`, closes it. */
export async function withDb<T>(file: string | undefined, fn: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const c = await core();
  const handle = await c.openDatabase({ url: process.env.DATABASE_URL, sqliteFile: file });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Opens and migrates the database, so operator commands work on a fresh install. */
export async function withMigratedDb<T>(
  file: string | undefined,
  fn: (db: OpenDatabase) => Promise<T>,
): Promise<T> {
  return withDb(file, async (h) => {
    await (await core()).migrate(h.db);
    return fn(h);
  });
}

/** The operator acting in a tenant, as the administrator of its kind. */
export async function operatorContext(h: OpenDatabase, tenantId: string): Promise<Context> {
  const c = await core();
  const tenant = await c.getTenantRow(h.db, tenantId).catch(() => {
    throw new CliError(
      `no tenant "${tenantId}" (zairyu tenants list shows them; zairyu tenants create makes one)`,
    );
  });
  const kind = tenant.kind as 'authority' | 'employer';
  const actor: Actor = {
    userId: 'operator',
    username: 'operator',
    role: c.ADMIN_ROLE[kind],
    officeCode: null,
    tenantId,
    tenantKind: kind,
  };
  return { db: h.db, clock: c.systemClock, actor, tenantId, requestId: `cli-${Date.now().toString(36)}` };
}

/** Runs `fn`; a DomainError becomes one line (each input problem on its own) with exit 2. */
export async function asOperator<T>(fn: () => Promise<T>): Promise<T> {
  const { DomainError } = await core();
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DomainError) {
      const issues = (e.details?.issues as { path: string; message: string }[] | undefined) ?? [];
      const lines = issues.length > 0 ? issues.map((i) => `${i.path}: ${i.message}`) : [e.message];
      throw new CliError(lines.join('; '));
    }
    throw e;
  }
}
