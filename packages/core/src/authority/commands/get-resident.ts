/**
 * Reads one resident of the tenant.
 */
import type { CommandContext } from '../../platform/context.ts';
import { idOf } from '../../platform/id-of.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow } from '../repositories/residents.ts';

/** The resident, or DomainError('not-found'). */
export async function getResident(
  ctx: CommandContext,
  input: string | { residentId: string },
): Promise<Resident> {
  authorize(ctx.actor, 'residents.read');
  return presentResident(await getResidentRow(ctx.db, ctx.tenantId, idOf(input, 'residentId')));
}
