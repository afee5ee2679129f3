/**
 * The scheduled expiry run: for every tenant that has cards, call the same expireCards command a person can
 * call, as the system actor. Run it daily (the CLI / server schedule it); it is idempotent.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { systemActor } from '../../platform/context.ts';
import { type ExpireCardsResult, expireCards } from '../commands/expire-cards.ts';

/** Runs expireCards for every tenant; returns each tenant's result. */
export async function runExpiryTask(
  db: Kysely<Schema>,
  clock: Clock,
  requestId = `task-expire-${clock.now().toISOString()}`,
): Promise<(ExpireCardsResult & { tenantId: string })[]> {
  const tenants = await db.selectFrom('cards').select('tenant_id').distinct().orderBy('tenant_id').execute();
  const out: (ExpireCardsResult & { tenantId: string })[] = [];
  for (const { tenant_id } of tenants) {
    const r = await expireCards({ db, clock, actor: systemActor(tenant_id), tenantId: tenant_id, requestId });
    out.push({ ...r, tenantId: tenant_id });
  }
  return out;
}
