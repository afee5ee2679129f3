/**
 * Card rows: read by tenant and id, the resident's current card, and guarded state updates (UPDATE … WHERE
 * state = from, so two concurrent transitions cannot both succeed).
 */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CardsTable, Schema } from '../../db/schema.ts';
import { DomainError, notFound } from '../../platform/domain-error.ts';
import { assertCardTransition, type CardState } from '../domain/card-state.ts';

/** A card row. */
export type CardRow = Selectable<CardsTable>;

/** The card of a tenant, or DomainError('not-found'). */
export async function getCardRow(db: Kysely<Schema>, tenantId: string, id: string): Promise<CardRow> {
  const row = await db
    .selectFrom('cards')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('card', id);
  return row;
}

/** Where a card belongs for the policy: its holder's municipality. */
export async function placeOfCard(db: Kysely<Schema>, card: CardRow): Promise<{ municipalityCode: string }> {
  const r = await db
    .selectFrom('residents')
    .select('municipality_code')
    .where('tenant_id', '=', card.tenant_id)
    .where('id', '=', card.resident_id)
    .executeTakeFirstOrThrow();
  return { municipalityCode: r.municipality_code };
}

/** The resident's card in use (issued, or lost and not yet re-issued), newest first; null when none. */
export async function currentCardRow(
  db: Kysely<Schema>,
  tenantId: string,
  residentId: string,
): Promise<CardRow | null> {
  const row = await db
    .selectFrom('cards')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('state', 'in', ['issued', 'lost'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Moves a card from `from` to `to` (checked against the state machine) with extra column changes. */
export async function transitionCard(
  db: Kysely<Schema>,
  card: CardRow,
  to: CardState,
  at: string,
  extra: Updateable<CardsTable> = {},
): Promise<void> {
  assertCardTransition(card.state as CardState, to);
  const r = await db
    .updateTable('cards')
    .set({ ...extra, state: to, state_changed_at: at })
    .where('tenant_id', '=', card.tenant_id)
    .where('id', '=', card.id)
    .where('state', '=', card.state)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw new DomainError('conflict', 'the card changed meanwhile', { details: { cardId: card.id } });
}
