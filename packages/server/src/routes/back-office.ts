/**
 * The back office: residents, applications (with the rules' decision), cards and their lifecycle, audit.
 * Routes are validate → authorize (core policies) → command → present.
 */
import {
  createUser,
  expireCards,
  fileApplication,
  getApplication,
  getCard,
  getCardChip,
  getResident,
  grantApplication,
  listApplications,
  listAuditEvents,
  listCards,
  listResidents,
  listUsers,
  registerResident,
  reportLoss,
  resumeMyNumber,
  updateResident,
  verifyTenantAudit,
} from '@zairyu/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import type { AppDeps } from '../deps.ts';

const id = z.object({ id: z.string().min(1).max(100) });
const body = z.record(z.string(), z.unknown());
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Residents, applications, cards, tasks and audit. */
export function backOfficeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const ctx = (r: Parameters<typeof contextOf>[1]) => contextOf(deps, r);

    app.post(
      '/residents',
      { schema: { tags: ['residents'], summary: 'Register a resident', body } },
      async (request, reply) =>
        reply.code(201).send(await registerResident(ctx(request), request.body as never)),
    );
    app.get('/residents', { schema: { tags: ['residents'], summary: 'List residents' } }, async (request) =>
      listResidents(ctx(request)),
    );
    app.get('/residents/:id', { schema: { tags: ['residents'], params: id } }, async (request) =>
      getResident(ctx(request), { residentId: request.params.id }),
    );
    app.patch(
      '/residents/:id',
      { schema: { tags: ['residents'], summary: 'Update a resident', params: id, body } },
      async (request) =>
        updateResident(ctx(request), { ...(request.body as object), residentId: request.params.id } as never),
    );

    app.post(
      '/applications',
      {
        schema: {
          tags: ['applications'],
          summary:
            'File a procedure, optionally with a 特定在留カード request (decided by the rules; 422 with their reasons when refused)',
          body: z
            .object({
              residentId: z.string().min(1).max(100),
              procedure: z.string().min(1).max(40),
              channel: z.enum(['counter', 'online']),
              requestSpecifiedCard: z.boolean(),
              photoWithProcedure: z.boolean().optional(),
              lostOn: date.optional(),
              policeReceiptNumber: z.string().min(1).max(40).optional(),
            })
            .strict(),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await fileApplication(ctx(request), request.body as never)),
    );
    app.get(
      '/applications',
      {
        schema: {
          tags: ['applications'],
          summary: 'Applications of a resident',
          querystring: z.object({ residentId: z.string().min(1).max(100) }),
        },
      },
      async (request) =>
        (await listApplications(ctx(request), { residentId: request.query.residentId })).items,
    );
    app.get('/applications/:id', { schema: { tags: ['applications'], params: id } }, async (request) =>
      getApplication(ctx(request), { applicationId: request.params.id }),
    );
    app.post(
      '/applications/:id/grant',
      {
        schema: {
          tags: ['applications'],
          summary: 'Grant a filed application; issues the card the decision names (a new number every time)',
          params: id,
          body: z
            .object({
              newStayExpiry: date.optional(),
              newPeriodOfStay: z.string().max(20).optional(),
              newStatus: z.string().max(60).optional(),
            })
            .strict(),
        },
      },
      async (request) =>
        grantApplication(ctx(request), { applicationId: request.params.id, ...request.body }),
    );

    app.get(
      '/cards',
      {
        schema: {
          tags: ['cards'],
          summary: 'Cards of a resident',
          querystring: z.object({ residentId: z.string().min(1).max(100) }),
        },
      },
      async (request) => (await listCards(ctx(request), { residentId: request.query.residentId })).items,
    );
    app.get('/cards/:id', { schema: { tags: ['cards'], params: id } }, async (request) =>
      getCard(ctx(request), { cardId: request.params.id }),
    );
    app.get(
      '/cards/:id/chip',
      {
        schema: {
          tags: ['cards'],
          summary: 'The chip image (card.json) for `zairyu card emulate`',
          params: id,
        },
      },
      async (request, reply) =>
        reply
          .type('application/json')
          .header('content-disposition', 'attachment; filename="card.json"')
          .send(await getCardChip(ctx(request), { cardId: request.params.id })),
    );
    app.post(
      '/cards/:id/loss',
      {
        schema: {
          tags: ['cards'],
          summary: 'Report a loss (police receipt number); suspends the My Number functions of a 特定 card',
          params: id,
          body: z
            .object({
              lostOn: date,
              policeReceiptNumber: z.string().min(1).max(40),
              suspendChannel: z.enum(['call-centre', 'counter']),
            })
            .strict(),
        },
      },
      async (request) => reportLoss(ctx(request), { cardId: request.params.id, ...request.body }),
    );
    app.post(
      '/cards/:id/my-number/resume',
      {
        schema: {
          tags: ['cards'],
          summary: 'The lost card was found: resume it and its My Number functions',
          params: id,
        },
      },
      async (request) => resumeMyNumber(ctx(request), { cardId: request.params.id }),
    );

    app.get(
      '/users',
      { schema: { tags: ['users'], summary: 'Staff accounts (system administrators)' } },
      async (request) => (await listUsers(ctx(request))).items,
    );
    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Create a staff account (system administrators); passwords of at least 12 characters',
          body: z
            .object({
              username: z.string().min(1).max(64),
              password: z.string().min(1).max(200),
              role: z.enum(['bureau-officer', 'municipal-officer', 'system-admin']),
              officeCode: z.string().min(1).max(40).nullable(),
              displayName: z.string().min(1).max(100),
            })
            .strict(),
        },
      },
      async (request, reply) => reply.code(201).send(await createUser(ctx(request), request.body)),
    );
    app.post(
      '/tasks/expire-cards',
      { schema: { tags: ['tasks'], summary: 'Expire cards and My Number functions past their dates' } },
      async (request) => expireCards(ctx(request)),
    );
    app.get(
      '/audit/events',
      {
        schema: {
          tags: ['audit'],
          querystring: z.object({
            afterSeq: z.coerce.number().int().min(0).optional(),
            limit: z.coerce.number().int().min(1).max(500).optional(),
          }),
        },
      },
      async (request) => listAuditEvents(ctx(request), request.query),
    );
    app.get(
      '/audit/verify',
      {
        schema: { tags: ['audit'], summary: 'Check the hash chain of the audit log (system administrators)' },
      },
      async (request) => verifyTenantAudit(ctx(request)),
    );
  };
}
