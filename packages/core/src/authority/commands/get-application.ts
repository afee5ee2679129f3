/**
 * Reads applications within the officer's municipality or bureau jurisdiction: one by id, or a resident's,
 * oldest first, a page at a time.
 */

import { idOf } from '../../platform/id-of.ts';
import { pageLimit, toPage } from '../../platform/paging.ts';
import type { CommandContext } from '../context.ts';
import { type Application, presentApplication } from '../presenters/present-application.ts';
import { cardIdOfApplication, getApplicationRow, placeOfApplication } from '../repositories/applications.ts';
import { getResidentRow } from '../repositories/residents.ts';
import { authorizeAuthority } from '../run.ts';

/** The application, or DomainError('not-found'). */
export async function getApplication(
  ctx: CommandContext,
  input: string | { applicationId: string },
): Promise<Application> {
  const grant = authorizeAuthority(ctx, 'applications.read');
  const row = await getApplicationRow(ctx.db, ctx.tenantId, idOf(input, 'applicationId'));
  grant.check(await placeOfApplication(ctx.db, row), 'the application');
  return presentApplication(row, await cardIdOfApplication(ctx.db, ctx.tenantId, row.id));
}

/** The resident's applications; DomainError('not-found') for an unknown resident. */
export async function listApplications(
  ctx: CommandContext,
  input: { residentId: string; limit?: number; cursor?: string | null },
): Promise<{ items: Application[]; nextCursor: string | null }> {
  const grant = authorizeAuthority(ctx, 'applications.read');
  const resident = await getResidentRow(ctx.db, ctx.tenantId, String(input.residentId));
  grant.check({ municipalityCode: resident.municipality_code }, 'the resident');
  const limit = pageLimit(input);
  let q = ctx.db
    .selectFrom('applications')
    .leftJoin('cards', 'cards.application_id', 'applications.id')
    .selectAll('applications')
    .select('cards.id as card_id')
    .where('applications.tenant_id', '=', ctx.tenantId)
    .where('applications.resident_id', '=', input.residentId);
  if (input.cursor) q = q.where('applications.id', '>', input.cursor);
  const rows = await q
    .orderBy('applications.id', 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, ({ card_id, ...row }) => presentApplication(row, card_id));
}
