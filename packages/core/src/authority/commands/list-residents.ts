/**
 * Lists the residents the officer may see — those of the officer's municipality, or of the bureau's
 * jurisdiction — in registration order, a page at a time (cursor = the last id seen). A search narrows the
 * same list: `name` is a case-insensitive substring of the name (family name, given name, or both as printed,
 * "FAMILY GIVEN"); `cardNumber` is the number of any card the resident holds or held. The scope is the
 * listing's: a search never finds a resident the list would not show.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Schema } from '../../db/schema.ts';
import { pageLimit, toPage } from '../../platform/paging.ts';
import { freeText, parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { inScopes, type ResidentRow, residentsQuery } from '../repositories/residents.ts';
import { authorizeAuthority } from '../run.ts';
import { CardNumberSchema } from './check-card-validity.ts';

/** The search of listResidents (both optional; given together, both must match). */
export const ResidentSearchSchema = z.object({
  name: freeText(100)
    .optional()
    .meta({ description: 'Part of the name, any case (family name, given name, or "FAMILY GIVEN")' }),
  cardNumber: CardNumberSchema.optional().meta({
    description: 'The number of any card of the resident (exact; letters in any case)',
  }),
});

/** Paging and search of listResidents. */
export interface ListResidentsInput {
  /** 1–500, default 100. */
  limit?: number;
  /** Return residents after this id. */
  cursor?: string | null;
  /** Part of the name, any case. */
  name?: string;
  /** The number of any card of the resident. */
  cardNumber?: string;
}

/** `!` escapes LIKE's wildcards in a searched text, so `%` and `_` match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, '!$&')}%`;
}

function nameMatches(eb: ExpressionBuilder<Schema, 'residents'>, name: string): Expression<SqlBool> {
  const full = sql<string>`${eb.ref('residents.family_name')} || ' ' || ${eb.ref('residents.given_name')}`;
  return sql<SqlBool>`lower(${full}) like lower(${likePattern(name)}) escape '!'`;
}

/** One page of residents and the cursor of the next (null at the end). */
export async function listResidents(
  ctx: CommandContext,
  input: ListResidentsInput = {},
): Promise<{ items: Resident[]; nextCursor: string | null }> {
  const grant = authorizeAuthority(ctx, 'residents.read');
  const search = parseInput(ResidentSearchSchema, { name: input.name, cardNumber: input.cardNumber });
  const limit = pageLimit(input);
  let q = residentsQuery(ctx.db, ctx.tenantId).where((eb) =>
    inScopes(eb, 'residents.municipality_code', grant.scopes()),
  );
  const name = search.name?.trim();
  if (name) q = q.where((eb) => nameMatches(eb, name));
  const cardNumber = search.cardNumber;
  if (cardNumber)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('cards')
          .select('cards.id')
          .whereRef('cards.tenant_id', '=', 'residents.tenant_id')
          .whereRef('cards.resident_id', '=', 'residents.id')
          .where('cards.card_number', '=', cardNumber),
      ),
    );
  if (input.cursor) q = q.where('residents.id', '>', input.cursor);
  const rows = (await q
    .orderBy('residents.id', 'asc')
    .limit(limit + 1)
    .execute()) as ResidentRow[];
  return toPage(rows, limit, presentResident);
}
