/**
 * Cards: a resident's cards, one card, its chip image (card.json for `zairyu card emulate`, audited), the chip
 * read back in process with its verdict (audited), a loss
 * report (suspends the My Number functions of a 特定 card) and its end when the card is found.
 */
import {
  CardSchema,
  ChipReadSchema,
  getCard,
  getCardChip,
  listCards,
  ReportLossResultSchema,
  ReportLossSchema,
  readCardChip,
  reportLoss,
  resumeMyNumber,
} from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { IdParams, PageQuery } from './common.ts';

/** card.json: the sandbox chip image (files of the chip, without the My Number individual-number file). */
const ChipImageSchema = z
  .looseObject({
    format: z.literal('zairyu-sandbox-card/1'),
    sandbox: z.literal(true),
    cardType: z.string(),
    cardNumber: z.string(),
    files: z.array(z.unknown()),
  })
  .meta({ id: 'ChipImage', description: 'card.json for `zairyu card emulate --card card.json`' });

/** /cards. */
export function cardRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'listCards',
      method: 'GET',
      url: '/cards',
      tag: 'cards',
      summary: "A resident's cards, oldest first (every state: the history of issuance)",
      action: 'cards.read',
      query: PageQuery.extend({ residentId: z.string().min(1).max(100) }),
      status: 200,
      response: z.array(CardSchema),
      handler: async ({ query, request, reply }) => {
        const page = await listCards(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page.items;
      },
    }),
    defineRoute({
      operationId: 'getCard',
      method: 'GET',
      url: '/cards/:id',
      tag: 'cards',
      summary: 'Read a card (state and dates)',
      action: 'cards.read',
      params: IdParams,
      status: 200,
      response: CardSchema,
      handler: async ({ params, request }) => getCard(contextOf(deps, request), { cardId: params.id }),
    }),
    defineRoute({
      operationId: 'getCardChip',
      method: 'GET',
      url: '/cards/:id/chip',
      tag: 'cards',
      summary: 'The chip image (card.json) for `zairyu card emulate` (audited)',
      action: 'cards.read-chip',
      params: IdParams,
      status: 200,
      response: ChipImageSchema,
      handler: async ({ params, request, reply }) => {
        const json = await getCardChip(contextOf(deps, request), { cardId: params.id });
        reply.header('content-disposition', 'attachment; filename="card.json"');
        return JSON.parse(json) as z.output<typeof ChipImageSchema>;
      },
    }),
    defineRoute({
      operationId: 'readChip',
      method: 'POST',
      url: '/cards/:id/chip/read',
      tag: 'cards',
      summary: 'Read the chip back and verify it: the chip fields and one verdict per check (audited)',
      description:
        "The server puts the issued card's chip image into the card library's emulator and reads it with the library's reader, as a counter's reader would: card-number access, secure messaging, the signature and its chain to the sandbox CA, the card's own dates and entries, and revocation against this authority's records. Each check is SUCCEEDED, FAILED, NOT_CHECKED or NOT_PRESENT with a reason code. No image is returned (only whether each is on the chip), and nothing of a 個人番号: the reader never selects a My Number application.",
      action: 'cards.read-chip',
      params: IdParams,
      status: 200,
      response: ChipReadSchema,
      handler: async ({ params, request }) => readCardChip(contextOf(deps, request), { cardId: params.id }),
    }),
    defineRoute({
      operationId: 'reportLoss',
      method: 'POST',
      url: '/cards/:id/loss',
      tag: 'cards',
      summary: 'Report a loss (police receipt number); suspends the My Number functions of a 特定 card',
      action: 'cards.report-loss',
      params: IdParams,
      body: ReportLossSchema.omit({ cardId: true }),
      bodyExample: {
        lostOn: '2026-12-01',
        policeReceiptNumber: 'SANDBOX-0001',
        suspendChannel: 'call-centre',
      },
      status: 200,
      errors: [409],
      response: ReportLossResultSchema,
      handler: async ({ params, body, request }) =>
        reportLoss(contextOf(deps, request), { ...body, cardId: params.id }),
    }),
    defineRoute({
      operationId: 'resumeMyNumber',
      method: 'POST',
      url: '/cards/:id/my-number/resume',
      tag: 'cards',
      summary: 'The lost card was found: resume it and its My Number functions',
      action: 'cards.resume-my-number',
      params: IdParams,
      status: 200,
      errors: [409],
      response: CardSchema,
      handler: async ({ params, request }) => resumeMyNumber(contextOf(deps, request), { cardId: params.id }),
    }),
  ] as const;
}
