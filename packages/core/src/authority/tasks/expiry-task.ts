/**
 * The scheduled expiry run: for every authority tenant, call the same expireCards command a person can call,
 * as the tenant's system actor. The scheduler runs it daily; it is idempotent (what is expired stays expired).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { systemActor } from '../../platform/context.ts';
import { type ExpireCardsResult, expireCards } from '../commands/expire-cards.ts';

/** Runs expireCards for every authority tenant; returns each tenant's result. */
export async function runExpiryTask(
  db: Kysely<Schema>,
  clock: Clock,
  requestId = `task-expire-${clock.now().toISOString()}`,
): Promise<(ExpireCardsResult & { tenantId: string })[]> {
  const tenants = await db
    .selectFrom('tenants')
    .select('id')
    .where('kind', '=', 'authority')
    .orderBy('id')
    .execute();
  const out: (ExpireCardsResult & { tenantId: string })[] = [];
  for (const { id } of tenants) {
    const r = await expireCards({ db, clock, actor: systemActor(id), tenantId: id, requestId });
    out.push({ ...r, tenantId: id });
  }
  return out;
}
