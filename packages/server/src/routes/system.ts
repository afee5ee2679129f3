/**
 * Liveness and readiness, and the public rules endpoint.
 */

import { migrationStatus } from '@zairyu/core';
import { decide, parseSituation } from '@zairyu/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import { problem, sendProblem } from '../problem.ts';

/** /health, /ready, POST /guide. */
export function systemRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      { config: { auth: 'public', rateLimit: false }, schema: { tags: ['system'], summary: 'Liveness' } },
      async () => ({ status: 'ok' }),
    );
    app.get(
      '/ready',
      { config: { auth: 'public' }, schema: { tags: ['system'], summary: 'Readiness (database reachable)' } },
      async (request, reply) => {
        try {
          const pending = (await migrationStatus(deps.db)).filter((m) => !m.appliedAt).map((m) => m.name);
          if (pending.length > 0)
            return sendProblem(
              reply,
              problem(request, 503, 'migrations-pending', `migrations not applied: ${pending.join(', ')}`),
            );
          return { status: 'ready', database: deps.dialect };
        } catch {
          return sendProblem(
            reply,
            problem(request, 503, 'database-unavailable', 'the database does not answer'),
          );
        }
      },
    );
    app.post(
      '/guide',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['rules'],
          summary: 'Situation → Decision (the 特定在留カード rules; same contract as `zairyu guide --json`)',
          body: z.record(z.string(), z.unknown()),
        },
      },
      async (request, reply) => {
        const r = parseSituation(request.body);
        if (!r.ok)
          return sendProblem(
            reply,
            problem(
              request,
              400,
              'invalid-situation',
              r.issues.map((i) => `${i.path}: ${i.detail}`).join('; '),
              {
                errors: r.issues.map((i) => ({ path: i.path, message: i.detail })),
              },
            ),
          );
        return decide(r.value);
      },
    );
  };
}
