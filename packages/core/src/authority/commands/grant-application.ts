/**
 * Grants a filed application (applications.grant): the new status / period / stay expiry go to the
 * resident (the pending application is cleared), and when the decision says a card is issued, a NEW card
 * with a new number is issued through @zairyu/card with the sandbox CA; the card in use becomes replaced,
 * returned (返納) or reissued (after loss). A 特定 card's My Number function is active and expires on the
 * stay expiry (not extended by any 特例期間) or, for indefinite stays, with the card.
 */
import {
  cardValidity,
  latestStayExpiry,
  newCardMyNumberExpiry,
  type ProcedureCode,
  procedureInfo,
  STATUS_CODES,
} from '@zairyu/rules';
import { z } from 'zod';
import { japanDate } from '../../platform/clock.ts';
import { DomainError, invalidInput } from '../../platform/domain-error.ts';
import { newId, randomCardNumber } from '../../platform/ids.ts';
import { isoDate, parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import type { CardState } from '../domain/card-state.ts';
import {
  cardTypeOf,
  type IssuableKind,
  isSpecifiedKind,
  sandboxStatusCodeOf,
} from '../domain/chip-fields.ts';
import { issueChipJson } from '../domain/issue-chip.ts';
import { checkResidentFields, type ResidentFields } from '../domain/resident-fields.ts';
import { authorizeOffice } from '../policies.ts';
import {
  type Application,
  type DecisionSnapshot,
  presentApplication,
} from '../presenters/present-application.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getApplicationRow, placeOfApplication } from '../repositories/applications.ts';
import { type CardRow, currentCardRow, getCardRow, transitionCard } from '../repositories/cards.ts';
import {
  changedResidentFields,
  getResidentRow,
  residentColumns,
  residentFieldsOf,
} from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** Input of grantApplication. */
export const GrantApplicationSchema = z
  .object({
    applicationId: z.string().min(1).max(100),
    newStayExpiry: isoDate.nullable().optional(),
    newPeriodOfStay: z.string().min(1).max(20).optional(),
    newStatus: z.enum(STATUS_CODES).optional(),
  })
  .strict();

/** Input of grantApplication (validated inside; newStatus is a rules status code). */
export interface GrantApplicationInput {
  applicationId: string;
  newStayExpiry?: string | null;
  newPeriodOfStay?: string;
  newStatus?: string;
}

/** What a grant produced. */
export interface GrantApplicationResult {
  application: Application;
  card: Card | null;
  replacedCardId: string | null;
  warnings: string[];
}

const GRANT_PATH: Record<string, string> = {
  status: 'newStatus',
  periodOfStay: 'newPeriodOfStay',
  stayExpiry: 'newStayExpiry',
};

function newResidentFields(
  before: ResidentFields,
  procedure: string,
  input: z.output<typeof GrantApplicationSchema>,
  today: string,
): ResidentFields {
  const proc = procedureInfo(procedure as ProcedureCode);
  const given = (['newStatus', 'newPeriodOfStay', 'newStayExpiry'] as const).filter(
    (k) => input[k] !== undefined,
  );
  if (!proc.changesPeriod) {
    if (given.length > 0)
      throw invalidInput(
        given.map((path) => ({
          path,
          code: 'not-applicable',
          message: `${procedure} does not change the status or period of stay`,
        })),
      );
    return before; // a stay application pending elsewhere stays pending
  }
  const permanent = proc.grantsPermanentResidence;
  const status = input.newStatus ?? (permanent ? 'permanent-resident' : before.status);
  if (proc.extendsStay && !proc.changesStatus && status !== before.status)
    throw invalidInput([
      { path: 'newStatus', code: 'inconsistent', message: 'an extension keeps the status' },
    ]);
  const periodOfStay = input.newPeriodOfStay ?? (permanent ? 'indefinite' : before.periodOfStay);
  const stayExpiry = input.newStayExpiry ?? null;
  if (periodOfStay !== 'indefinite' && stayExpiry === null)
    throw invalidInput([
      { path: 'newStayExpiry', code: 'required', message: 'the new 在留期間満了日 is required' },
    ]);
  if (stayExpiry !== null && stayExpiry <= today)
    throw invalidInput([
      { path: 'newStayExpiry', code: 'inconsistent', message: 'must be after the day of the grant' },
    ]);
  if (stayExpiry !== null && periodOfStay !== 'indefinite') {
    // the new period runs from the later of the grant and the old expiry; the expiry cannot lie beyond it
    const from = before.stayExpiry && before.stayExpiry > today ? before.stayExpiry : today;
    const latest = latestStayExpiry(periodOfStay, from);
    if (latest && stayExpiry > latest)
      throw invalidInput([
        {
          path: 'newStayExpiry',
          code: 'inconsistent',
          message: `lies beyond the period of stay ${periodOfStay} counted from ${from} (latest ${latest})`,
        },
      ]);
  }
  return { ...before, status, periodOfStay, stayExpiry, applicationPending: null };
}

async function uniqueCardNumber(ctx: CommandContext, tx: CommandContext['db']): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const n = randomCardNumber();
    const taken = await tx.selectFrom('cards').select('id').where('card_number', '=', n).executeTakeFirst();
    if (!taken) return n;
  }
  throw new DomainError('conflict', 'no free card number found', { details: { tenantId: ctx.tenantId } });
}

function leavingState(procedure: string): CardState {
  const p = procedureInfo(procedure as ProcedureCode);
  if (p.reissuesLostCard) return 'reissued';
  if (p.endsSpecifiedCard) return 'returned';
  return 'replaced';
}

const LEAVING_EVENT: Record<string, string> = {
  replaced: 'cards.replace',
  returned: 'cards.return',
  reissued: 'cards.reissue',
};

/** Grants an application; issues the card the decision named. */
export async function grantApplication(
  ctx: CommandContext,
  input: GrantApplicationInput,
): Promise<GrantApplicationResult> {
  return runAuthority(ctx, 'applications.grant', async ({ tx, audit, at, now, grant }) => {
    const req = parseInput(GrantApplicationSchema, input);
    const today = japanDate(now);
    const app = await getApplicationRow(tx, ctx.tenantId, req.applicationId);
    grant.check(await placeOfApplication(tx, app), 'the application');
    if (app.status !== 'filed')
      throw new DomainError('invalid-transition', `an application that is ${app.status} cannot be granted`, {
        details: { subject: 'application', from: app.status, to: 'granted' },
      });
    const office = app.office as 'immigration-bureau' | 'municipality';
    authorizeOffice(ctx.actor, office, 'applications.grant');
    if (today < app.filed_on)
      throw new DomainError('conflict', 'the grant is dated before the filing', {
        details: { filedOn: app.filed_on, today },
      });
    const snapshot = JSON.parse(app.decision_json) as DecisionSnapshot;
    const residentRow = await getResidentRow(tx, ctx.tenantId, app.resident_id);
    const before = residentFieldsOf(residentRow);
    const after = newResidentFields(before, app.procedure, req, today);
    // a new period counts from the later of the grant and the old expiry (an extension filed early)
    const countedFrom = before.stayExpiry && before.stayExpiry > today ? before.stayExpiry : today;
    try {
      checkResidentFields(after, today, countedFrom);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'invalid-input') {
        const issues = ((e.details?.issues ?? []) as { path: string; code: string; message: string }[]).map(
          (i) => ({
            ...i,
            path: GRANT_PATH[i.path] ?? `resident.${i.path}`,
          }),
        );
        throw invalidInput(issues);
      }
      throw e;
    }

    const granted = await tx
      .updateTable('applications')
      .set({ status: 'granted', granted_at: at, granted_by: ctx.actor.userId })
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', app.id)
      .where('status', '=', 'filed')
      .executeTakeFirst();
    if (Number(granted.numUpdatedRows) !== 1)
      throw new DomainError('conflict', 'the application changed meanwhile', {
        details: { applicationId: app.id },
      });
    audit.record({
      event: 'applications.grant',
      subjectType: 'application',
      subjectId: app.id,
      changedFields: ['status', 'grantedAt', 'grantedBy'],
    });

    const changesPeriod = procedureInfo(app.procedure as ProcedureCode).changesPeriod;
    const permission = changesPeriod
      ? { kind: app.procedure, date: today }
      : { kind: residentRow.permission_kind, date: residentRow.permission_date };
    // the pending application is the application itself (granted now), not a field of the resident
    const changed = changedResidentFields(before, after).filter((f) => f !== 'applicationPending');
    if (changed.length > 0 || changesPeriod) {
      await tx
        .updateTable('residents')
        .set({
          ...residentColumns(after),
          permission_kind: permission.kind,
          permission_date: permission.date,
          updated_at: at,
        })
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', app.resident_id)
        .execute();
      audit.record({
        event: 'residents.update',
        subjectType: 'resident',
        subjectId: app.resident_id,
        changedFields: [...changed, ...(changesPeriod ? ['permission'] : [])],
      });
    }

    const warnings: string[] = [...snapshot.warnings];
    const warn = (w: string) => {
      if (!warnings.includes(w)) warnings.push(w);
    };
    if (procedureInfo(app.procedure as ProcedureCode).reissuesLostCard) {
      const deadline = snapshot.steps.find((s) => s.code === 'reissue-application')?.deadline ?? null;
      if (deadline && today > deadline) warn('reissue-deadline-passed');
    }

    let card: CardRow | null = null;
    let replacedCardId: string | null = null;
    const kind = snapshot.cardToBeIssued as IssuableKind | null;
    if (kind && !sandboxStatusCodeOf(after.status)) warn('no-card-for-new-status');
    else if (kind) {
      const previous = await currentCardRow(tx, ctx.tenantId, app.resident_id);
      const validity = cardValidity({
        status: after.status,
        birthDate: after.birthDate,
        issueDate: today,
        stayExpiry: after.stayExpiry,
      });
      if (!validity.expiry)
        throw new DomainError('invalid-input', 'the card validity cannot be computed without a stay expiry', {
          path: 'newStayExpiry',
        });
      const cardExpiry = validity.expiry;
      const cardNumber = await uniqueCardNumber(ctx, tx);
      const chipJson = await issueChipJson(
        { kind, cardNumber, resident: after, permission, issuedOn: today, cardExpiry },
        ctx.ca,
      );
      const specified = isSpecifiedKind(kind);
      const myNumberExpiry = specified
        ? newCardMyNumberExpiry(after.periodOfStay, after.stayExpiry, cardExpiry)
        : null;
      const id = newId('card', now);
      await tx
        .insertInto('cards')
        .values({
          id,
          tenant_id: ctx.tenantId,
          resident_id: app.resident_id,
          application_id: app.id,
          card_number: cardNumber,
          kind,
          card_type: cardTypeOf(kind),
          state: 'issued',
          issued_on: today,
          expires_on: cardExpiry,
          chip_json: chipJson,
          my_number_state: specified ? 'active' : null,
          my_number_expires_on: myNumberExpiry,
          my_number_suspended_at: null,
          my_number_suspend_channel: null,
          replaced_by: null,
          state_changed_at: at,
          created_at: at,
        })
        .execute();
      audit.record({
        event: 'cards.issue',
        subjectType: 'card',
        subjectId: id,
        changedFields: [
          'residentId',
          'applicationId',
          'cardNumber',
          'kind',
          'cardType',
          'state',
          'issuedOn',
          'expiresOn',
          'chip',
          ...(specified ? ['myNumber.state', 'myNumber.expiresOn'] : []),
        ],
      });
      if (previous) {
        const to = leavingState(app.procedure);
        const endsMyNumber =
          previous.my_number_state === 'active' || previous.my_number_state === 'suspended';
        await transitionCard(tx, previous, to, at, {
          replaced_by: id,
          ...(endsMyNumber ? { my_number_state: 'expired' } : {}),
        });
        audit.record({
          event: LEAVING_EVENT[to] as string,
          subjectType: 'card',
          subjectId: previous.id,
          changedFields: ['state', 'replacedBy', ...(endsMyNumber ? ['myNumber.state'] : [])],
        });
        replacedCardId = previous.id;
      }
      card = await getCardRow(tx, ctx.tenantId, id);
    }
    return {
      application: presentApplication(await getApplicationRow(tx, ctx.tenantId, app.id), card?.id ?? null),
      card: card ? presentCard(card) : null,
      replacedCardId,
      warnings,
    };
  });
}
