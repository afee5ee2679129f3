/**
 * Registers a resident with the sandbox authority (residents.register) — by a bureau officer for a 住居地 in the
 * bureau's jurisdiction, by a municipal officer for one in the officer's municipality. Fields are validated with
 * zod and the rules; the first permission is recorded as landing on the day of registration. A stay
 * application already pending elsewhere (`applicationPending`) is recorded as an application of origin
 * `recorded`, so that the pending state is always a query over applications.
 */
import type { ProcedureCode } from '@zairyu/rules';
import { japanDate } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import {
  checkResidentFields,
  RESIDENT_FIELD_NAMES,
  type ResidentFieldsInput,
  ResidentFieldsSchema,
  residentFieldsFrom,
} from '../domain/resident-fields.ts';
import { decideAtCounter, situationFor } from '../domain/situation-for.ts';
import { snapshotOf } from '../presenters/present-application.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow, residentColumns } from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** Registers a resident; returns it. */
export async function registerResident(ctx: CommandContext, input: ResidentFieldsInput): Promise<Resident> {
  return runAuthority(ctx, 'residents.register', async ({ tx, audit, at, now, grant }) => {
    const fields = residentFieldsFrom(parseInput(ResidentFieldsSchema, input));
    const today = japanDate(now);
    checkResidentFields(fields, today);
    grant.check({ municipalityCode: fields.municipalityCode }, "the resident's address");
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
    const pending = fields.applicationPending;
    if (pending) {
      const decision = decideAtCounter(
        situationFor({ ...fields, applicationPending: null }, null, today, {
          procedure: pending.kind as ProcedureCode,
          channel: 'counter',
          requestSpecifiedCard: false,
        }),
      );
      const appId = newId('app', now);
      await tx
        .insertInto('applications')
        .values({
          id: appId,
          tenant_id: ctx.tenantId,
          resident_id: id,
          procedure: pending.kind,
          channel: 'counter',
          request_specified_card: 0,
          photo_with_procedure: null,
          lost_on: null,
          police_receipt_number: null,
          office: 'immigration-bureau',
          status: 'filed',
          filed_on: pending.filedOn,
          filed_at: at,
          filed_by: ctx.actor.userId,
          decision_json: JSON.stringify(snapshotOf({ ...decision, office: 'immigration-bureau' })),
          granted_at: null,
          granted_by: null,
          municipality_code: fields.municipalityCode,
          origin: 'recorded',
        })
        .execute();
      audit.record({
        event: 'applications.record',
        subjectType: 'application',
        subjectId: appId,
        changedFields: ['residentId', 'procedure', 'filedOn', 'office', 'status', 'origin'],
      });
    }
    return presentResident(await getResidentRow(tx, ctx.tenantId, id));
  });
}
