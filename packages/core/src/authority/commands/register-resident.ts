/**
 * Registers a resident with the sandbox authority (residents.register). Fields are validated with zod and
 * the rules; the first permission is recorded as landing on the day of registration.
 */
import { japanDate } from '../../platform/clock.ts';
import type { CommandContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { runCommand } from '../../platform/run-command.ts';
import { parseInput } from '../../platform/validation.ts';
import {
  checkResidentFields,
  RESIDENT_FIELD_NAMES,
  type ResidentFieldsInput,
  ResidentFieldsSchema,
  residentFieldsFrom,
} from '../domain/resident-fields.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow, residentColumns } from '../repositories/residents.ts';

/** Registers a resident; returns it. */
export async function registerResident(ctx: CommandContext, input: ResidentFieldsInput): Promise<Resident> {
  return runCommand(ctx, 'residents.register', async ({ tx, audit, at, now }) => {
    const fields = residentFieldsFrom(parseInput(ResidentFieldsSchema, input));
    const today = japanDate(now);
    checkResidentFields(fields, today);
    const id = newId('res', now);
    await tx
      .insertInto('residents')
      .values({
        id,
        tenant_id: ctx.tenantId,
        ...residentColumns(fields),
        permission_kind: 'landing',
        permission_date: today,
        created_at: at,
        updated_at: at,
      })
      .execute();
    audit.record({
      event: 'residents.register',
      subjectType: 'resident',
      subjectId: id,
      changedFields: RESIDENT_FIELD_NAMES.filter((k) => fields[k] !== null),
    });
    return presentResident(await getResidentRow(tx, ctx.tenantId, id));
  });
}
