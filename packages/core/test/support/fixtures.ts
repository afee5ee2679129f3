/**
 * Test fixtures: the sandbox CA (made once per test file), actors of each role, contexts and a synthetic
 * resident. Only synthetic people (SANDBOX …).
 */
import { createSandboxCa, type SandboxCa } from '@zairyu/card';
import type { Kysely } from 'kysely';
import type { CommandContext } from '../../src/authority/context.ts';
import type { ResidentFieldsInput } from '../../src/authority/domain/resident-fields.ts';
import type { Schema } from '../../src/db/schema.ts';
import { type Clock, movableClock } from '../../src/platform/clock.ts';
import { type Actor, actorFor } from '../../src/platform/context.ts';
import type { TenantKind } from '../../src/platform/tenants/tenant-kinds.ts';

let caPromise: Promise<SandboxCa> | null = null;

/** The sandbox CA of this test file (created on first use). */
export function testCa(): Promise<SandboxCa> {
  caPromise ??= createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
  return caPromise;
}

/** The tenant of tests unless a test says otherwise. */
export const TENANT = 'tenant-a';

/** Actors of every role in a tenant. */
export function actors(tenantId = TENANT): Record<'bureau' | 'municipal' | 'admin', Actor> {
  return {
    bureau: actorFor({
      userId: 'usr_bureau',
      username: 'bureau',
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      tenantId,
    }),
    municipal: actorFor({
      userId: 'usr_municipal',
      username: 'municipal',
      role: 'municipal-officer',
      officeCode: '131016',
      tenantId,
    }),
    admin: actorFor({
      userId: 'usr_admin',
      username: 'admin',
      role: 'system-admin',
      officeCode: null,
      tenantId,
    }),
  };
}

let requests = 0;

/** A command context. */
export async function contextFor(
  db: Kysely<Schema>,
  actor: Actor,
  clock: Clock = movableClock('2026-07-01'),
): Promise<CommandContext> {
  requests += 1;
  return { db, clock, actor, requestId: `req-${requests}`, tenantId: actor.tenantId, ca: await testCa() };
}

/** Creates the tenant row when it does not exist yet (tests name tenants freely). */
export async function ensureTenant(
  db: Kysely<Schema>,
  tenantId: string,
  kind: TenantKind = 'authority',
): Promise<void> {
  const row = await db.selectFrom('tenants').select('id').where('id', '=', tenantId).executeTakeFirst();
  if (!row)
    await db
      .insertInto('tenants')
      .values({
        id: tenantId,
        kind,
        name: `Test ${kind} ${tenantId}`,
        settings: '{}',
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
}

/** Contexts of every role sharing one clock (the tenant is created when missing). */
export async function contexts(db: Kysely<Schema>, clock: Clock, tenantId = TENANT) {
  await ensureTenant(db, tenantId);
  const a = actors(tenantId);
  return {
    bureau: await contextFor(db, a.bureau, clock),
    municipal: await contextFor(db, a.municipal, clock),
    admin: await contextFor(db, a.admin, clock),
  };
}

/** A synthetic resident: a 1-year engineer whose stay ends 2026-08-31. */
export function residentInput(overrides: Partial<ResidentFieldsInput> = {}): ResidentFieldsInput {
  return {
    familyName: 'SANDBOX',
    givenName: 'TARO',
    birthDate: '1990-04-01',
    sex: 'male',
    nationality: 'VNM',
    status: 'engineer-humanities-international',
    periodOfStay: 'P1Y',
    stayExpiry: '2026-08-31',
    residentRecord: true,
    address: '東京都千代田区千代田1-1 サンドボックス',
    addressLatin: '1-1 CHIYODA CHIYODA-KU TOKYO',
    municipalityCode: '131016',
    applicationPending: null,
    ...overrides,
  };
}

/** Number of rows in a table. */
export async function countRows(db: Kysely<Schema>, table: keyof Schema): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number((r as { n: unknown }).n);
}

/** Runs `fn` and returns the DomainError it throws (fails when it does not throw one). */
export async function domainError(fn: () => Promise<unknown>) {
  const { DomainError } = await import('../../src/platform/domain-error.ts');
  try {
    await fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/**
 * Registers a resident (stay to 2026-08-31) and grants an extension to `newStayExpiry` on the clock's day,
 * with or without a 特定 request; returns the resident id and the card.
 */
export async function residentWithCard(
  ctx: CommandContext,
  options: { specified?: boolean; newStayExpiry?: string; resident?: Partial<ResidentFieldsInput> } = {},
) {
  const { registerResident } = await import('../../src/authority/commands/register-resident.ts');
  const { fileApplication } = await import('../../src/authority/commands/file-application.ts');
  const { grantApplication } = await import('../../src/authority/commands/grant-application.ts');
  const r = await registerResident(ctx, residentInput(options.resident));
  const { application } = await fileApplication(ctx, {
    residentId: r.id,
    procedure: 'extension-of-stay',
    channel: 'counter',
    requestSpecifiedCard: options.specified ?? true,
  });
  const g = await grantApplication(ctx, {
    applicationId: application.id,
    newStayExpiry: options.newStayExpiry ?? '2027-08-31',
  });
  if (!g.card) throw new Error('no card issued');
  return { residentId: r.id, card: g.card, applicationId: application.id };
}
