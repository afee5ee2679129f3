/**
 * Corrects or updates a resident's record (residents.update) within the officer's municipality or bureau
 * jurisdiction: any subset of the fields; the merged record is validated as a whole, and the audit event names
 * the fields that changed. The 住居地 (address, its romanisation, the municipality) changes only through a
 * procedure — a 転入届 at the new municipality or a 転居届 (POST /applications with newAddress) — never here.
 */
import { japanDate } from '../../platform/clock.ts';
import { DomainError } from '../../platform/domain-error.ts';
import { parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import {
  checkResidentFields,
  type ResidentFieldsInput,
  ResidentFieldsSchema,
  residentFieldsFrom,
} from '../domain/resident-fields.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import {
  changedResidentFields,
  getResidentRow,
  residentColumns,
  residentFieldsOf,
} from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** Input of updateResident: the id and the fields to change. */
export type UpdateResidentInput = { residentId: string } & Partial<ResidentFieldsInput>;

/** Updates a resident; returns it (unchanged and without an audit event when nothing differs). */
export async function updateResident(ctx: CommandContext, input: UpdateResidentInput): Promise<Resident> {
  return runAuthority(ctx, 'residents.update', async ({ tx, audit, at, now, grant }) => {
    if (input === null || typeof input !== 'object' || typeof input.residentId !== 'string')
      throw new DomainError('invalid-input', 'residentId: required', { path: 'residentId' });
    const { residentId, ...changes } = input;
    // a pending application is set and cleared only by filing and granting
    if ('applicationPending' in changes)
      throw new DomainError(
        'forbidden',
        'applicationPending changes only through an application and its grant',
        {
          path: 'applicationPending',
        },
      );
    // status and period are the bureau's decisions (入管法20条・21条): never a municipal counter's
    const bureauOnly = (['status', 'periodOfStay', 'stayExpiry'] as const).filter((k) => k in changes);
    if (bureauOnly.length > 0 && ctx.actor.role !== 'bureau-officer')
      throw new DomainError('forbidden', `only the immigration bureau changes ${bureauOnly.join(', ')}`, {
        path: bureauOnly[0],
      });
    const row = await getResidentRow(tx, ctx.tenantId, residentId);
    grant.check({ municipalityCode: row.municipality_code }, 'the resident');
    const before = residentFieldsOf(row);
    const given = changes as Record<string, unknown>;
    const moves = (['address', 'addressLatin', 'municipalityCode'] as const).filter(
      (k) => k in given && (given[k] ?? null) !== before[k],
    );
    if (moves.length > 0)
      throw new DomainError(
        'forbidden',
        `${moves.join(', ')} change only through a move-in or change-of-address procedure (POST /applications with newAddress)`,
        { path: moves[0], details: { action: 'residents.update', reason: 'address-changes-by-procedure' } },
      );
    const after = residentFieldsFrom(
      parseInput(ResidentFieldsSchema, { ...before, ...(changes as Record<string, unknown>) }),
    );
    checkResidentFields(after, japanDate(now));
    const changed = changedResidentFields(before, after);
    if (changed.length === 0) return presentResident(row);
    await tx
      .updateTable('residents')
      .set({ ...residentColumns(after), updated_at: at })
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', residentId)
      .execute();
    audit.record({
      event: 'residents.update',
      subjectType: 'resident',
      subjectId: residentId,
      changedFields: changed,
    });
    return presentResident(await getResidentRow(tx, ctx.tenantId, residentId));
  });
}
