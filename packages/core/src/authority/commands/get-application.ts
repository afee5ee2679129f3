/**
 * Reads applications: one by id, or a resident's, oldest first.
 */
import type { CommandContext } from '../../platform/context.ts';
import { idOf } from '../../platform/id-of.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { type Application, presentApplication } from '../presenters/present-application.ts';
import { cardIdOfApplication, getApplicationRow } from '../repositories/applications.ts';
import { getResidentRow } from '../repositories/residents.ts';

/** The application, or DomainError('not-found'). */
export async function getApplication(
  ctx: CommandContext,
  input: string | { applicationId: string },
): Promise<Application> {
  authorize(ctx.actor, 'applications.read');
  const row = await getApplicationRow(ctx.db, ctx.tenantId, idOf(input, 'applicationId'));
  return presentApplication(row, await cardIdOfApplication(ctx.db, ctx.tenantId, row.id));
}

/** The resident's applications; DomainError('not-found') for an unknown resident. */
export async function listApplications(
  ctx: CommandContext,
  input: { residentId: string },
): Promise<Application[]> {
  authorize(ctx.actor, 'applications.read');
  await getResidentRow(ctx.db, ctx.tenantId, String(input.residentId));
  const rows = await ctx.db
    .selectFrom('applications')
    .leftJoin('cards', 'cards.application_id', 'applications.id')
    .selectAll('applications')
    .select('cards.id as card_id')
    .where('applications.tenant_id', '=', ctx.tenantId)
    .where('applications.resident_id', '=', input.residentId)
    .orderBy('applications.id', 'asc')
    .execute();
  return rows.map(({ card_id, ...row }) => presentApplication(row, card_id));
}
