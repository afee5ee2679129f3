/**
 * Reads one resident of the tenant.
 */
import type { CommandContext } from '../context.ts';
import { authorize } from '../policies/policies.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow } from '../repositories/residents.ts';
import { idOf } from './id-of.ts';

/** The resident, or DomainError('not-found'). */
export async function getResident(
  ctx: CommandContext,
  input: string | { residentId: string },
): Promise<Resident> {
  authorize(ctx.actor, 'residents.read');
  return presentResident(await getResidentRow(ctx.db, ctx.tenantId, idOf(input, 'residentId')));
}
