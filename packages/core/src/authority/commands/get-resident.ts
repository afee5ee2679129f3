/**
 * Reads one resident of the tenant, within the officer's municipality or bureau jurisdiction. Reading a
 * resident's record is audited (residents.read), in the same transaction as the read.
 */
import { idOf } from '../../platform/id-of.ts';
import type { CommandContext } from '../context.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow } from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** The resident, or DomainError('not-found'). */
export async function getResident(
  ctx: CommandContext,
  input: string | { residentId: string },
): Promise<Resident> {
  return runAuthority(ctx, 'residents.read', async ({ tx, audit, grant }) => {
    const row = await getResidentRow(tx, ctx.tenantId, idOf(input, 'residentId'));
    grant.check({ municipalityCode: row.municipality_code }, 'the resident');
    audit.record({ event: 'residents.read', subjectType: 'resident', subjectId: row.id, changedFields: [] });
    return presentResident(row);
  });
}
