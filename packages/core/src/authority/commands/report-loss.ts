/**
 * Records the loss or theft of a card (cards.report-loss): the police receipt number, the card goes
 * issued → lost, and a 特定 card's My Number function is suspended with the time and channel (the My Number
 * call centre or the counter). The re-issue deadline (14 days, moved to the next open day) and the steps
 * come from the rules' decide() of a reissue-lost situation — the calendar is not re-implemented here.
 */
import { type CardKind, type Decision, PROCEDURES } from '@zairyu/rules';
import { z } from 'zod';
import { japanDate } from '../../platform/clock.ts';
import { invalidInput } from '../../platform/domain-error.ts';
import { newId } from '../../platform/ids.ts';
import { freeText, isoDate, parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import { assertMyNumberTransition } from '../domain/card-state.ts';
import { decideAtCounter, situationFor } from '../domain/situation-for.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getCardRow, placeOfCard, transitionCard } from '../repositories/cards.ts';
import { getResidentRow, residentFieldsOf } from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** The procedure that re-issues a lost card: the rules give its deadline and steps. */
const LOST_CARD_REISSUE = (PROCEDURES.find((p) => p.reissuesLostCard) as (typeof PROCEDURES)[number]).code;

/** Channels through which the My Number function is suspended. */
export const SUSPEND_CHANNELS = ['call-centre', 'counter'] as const;

/** Input of reportLoss. */
export const ReportLossSchema = z
  .object({
    cardId: z.string().min(1).max(100),
    lostOn: isoDate,
    policeReceiptNumber: freeText(64),
    suspendChannel: z.enum(SUSPEND_CHANNELS),
  })
  .strict();

/** Input of reportLoss (validated inside). */
export interface ReportLossInput {
  cardId: string;
  lostOn: string;
  policeReceiptNumber: string;
  suspendChannel: string;
}

/** A loss report. */
export interface LossReport {
  id: string;
  cardId: string;
  lostOn: string;
  policeReceiptNumber: string;
  suspendChannel: string;
  reportedAt: string;
  /** Last day to apply for the re-issue (入管法19条の12: 14 days, moved to the next open day). */
  reissueDeadline: string | null;
}

/** What reportLoss returns. */
export interface ReportLossResult {
  card: Card;
  lossReport: LossReport;
  steps: Decision['steps'];
}

/** Reports a card lost; suspends its My Number function. */
export async function reportLoss(ctx: CommandContext, input: ReportLossInput): Promise<ReportLossResult> {
  return runAuthority(ctx, 'cards.report-loss', async ({ tx, audit, at, now, grant }) => {
    const req = parseInput(ReportLossSchema, input);
    const today = japanDate(now);
    const card = await getCardRow(tx, ctx.tenantId, req.cardId);
    grant.check(await placeOfCard(tx, card), 'the card');
    if (req.lostOn > today)
      throw invalidInput([{ path: 'lostOn', code: 'inconsistent', message: 'is after today' }]);
    if (req.lostOn < card.issued_on)
      throw invalidInput([
        { path: 'lostOn', code: 'inconsistent', message: 'is before the card was issued' },
      ]);
    const resident = residentFieldsOf(await getResidentRow(tx, ctx.tenantId, card.resident_id));
    const decision = decideAtCounter(
      situationFor(resident, { kind: card.kind as CardKind, expiresOn: card.expires_on }, today, {
        procedure: LOST_CARD_REISSUE,
        channel: 'counter',
        requestSpecifiedCard: false,
        lostOn: req.lostOn,
      }),
    );
    const reissueDeadline = decision.steps.find((s) => s.code === 'reissue-application')?.deadline ?? null;

    const suspend = card.my_number_state === 'active';
    if (suspend) assertMyNumberTransition('active', 'suspended');
    await transitionCard(
      tx,
      card,
      'lost',
      at,
      suspend
        ? {
            my_number_state: 'suspended',
            my_number_suspended_at: at,
            my_number_suspend_channel: req.suspendChannel,
          }
        : {},
    );
    const id = newId('loss', now);
    await tx
      .insertInto('loss_reports')
      .values({
        id,
        tenant_id: ctx.tenantId,
        card_id: card.id,
        lost_on: req.lostOn,
        police_receipt_number: req.policeReceiptNumber,
        suspend_channel: req.suspendChannel,
        reissue_deadline: reissueDeadline,
        reported_at: at,
        found_at: null,
      })
      .execute();
    audit.record({
      event: 'cards.report-loss',
      subjectType: 'card',
      subjectId: card.id,
      changedFields: ['state'],
    });
    audit.record({
      event: 'loss-reports.create',
      subjectType: 'loss-report',
      subjectId: id,
      changedFields: ['cardId', 'lostOn', 'policeReceiptNumber', 'suspendChannel', 'reissueDeadline'],
    });
    if (suspend)
      audit.record({
        event: 'cards.suspend-my-number',
        subjectType: 'card',
        subjectId: card.id,
        changedFields: ['myNumber.state', 'myNumber.suspendedAt', 'myNumber.suspendChannel'],
      });
    return {
      card: presentCard(await getCardRow(tx, ctx.tenantId, card.id)),
      lossReport: {
        id,
        cardId: card.id,
        lostOn: req.lostOn,
        policeReceiptNumber: req.policeReceiptNumber,
        suspendChannel: req.suspendChannel,
        reportedAt: at,
        reissueDeadline,
      },
      steps: decision.steps.map((s) => ({ code: s.code, deadline: s.deadline })),
    };
  });
}
