/**
 * The contracts of what the authority's commands return beyond one entity: a filing with the rules' full
 * decision, a grant with the card it issued, a loss report with its re-issue deadline and steps.
 */
import { DecisionSchema } from '@zairyu/rules';
import { z } from 'zod';
import { ApplicationSchema } from './present-application.ts';
import { CardSchema } from './present-card.ts';

/** A filed application and the rules' decision (messages in ja and en). */
export const FileApplicationResultSchema = z.object({
  application: ApplicationSchema,
  decision: DecisionSchema,
});

/** What a grant produced. */
export const GrantApplicationResultSchema = z.object({
  application: ApplicationSchema,
  card: CardSchema.nullable().meta({ description: 'The card issued (a new number every time), if any' }),
  replacedCardId: z.string().nullable(),
  warnings: z.array(z.string()),
});

/** A loss report. */
export const LossReportSchema = z.object({
  id: z.string(),
  cardId: z.string(),
  lostOn: z.string(),
  policeReceiptNumber: z.string(),
  suspendChannel: z.string(),
  reportedAt: z.string(),
  reissueDeadline: z.string().nullable().meta({
    description: 'Last day to apply for the re-issue (入管法19条の12: 14 days, moved to the next open day)',
  }),
});

/** What a loss report returns. */
export const ReportLossResultSchema = z.object({
  card: CardSchema,
  lossReport: LossReportSchema,
  steps: z.array(z.object({ code: z.string(), deadline: z.string().nullable() })),
});
