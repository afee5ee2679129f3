/**
 * Lists the residents the officer may see — those of the officer's municipality, or of the bureau's
 * jurisdiction — in registration order, a page at a time (cursor = the last id seen).
 */
import { pageLimit, toPage } from '../../platform/paging.ts';
import type { CommandContext } from '../context.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { inScopes, type ResidentRow, residentsQuery } from '../repositories/residents.ts';
import { authorizeAuthority } from '../run.ts';

/** Paging of listResidents. */
export interface ListResidentsInput {
  /** 1–500, default 100. */
  limit?: number;
  /** Return residents after this id. */
  cursor?: string | null;
}

/** One page of residents and the cursor of the next (null at the end). */
export async function listResidents(
  ctx: CommandContext,
  input: ListResidentsInput = {},
): Promise<{ items: Resident[]; nextCursor: string | null }> {
  const grant = authorizeAuthority(ctx, 'residents.read');
  const limit = pageLimit(input);
  let q = residentsQuery(ctx.db, ctx.tenantId).where((eb) =>
    inScopes(eb, 'residents.municipality_code', grant.scopes()),
  );
  if (input.cursor) q = q.where('residents.id', '>', input.cursor);
  const rows = (await q
    .orderBy('residents.id', 'asc')
    .limit(limit + 1)
    .execute()) as ResidentRow[];
  return toPage(rows, limit, presentResident);
}
