/**
 * Liveness and readiness, and the public rules endpoint (Situation → Decision, the same contract as
 * `zairyu guide --json`).
 */
import { invalidInput, migrationStatus } from '@zairyu/core';
import { DecisionSchema, decide, parseSituation, SituationSchema } from '@zairyu/rules';
import { z } from 'zod';
import { defineRoute } from '../contract/define-route.ts';
import type { AppDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';

const situationExample = {
  asOf: '2026-06-15',
  holder: {
    status: 'student',
    periodOfStay: 'P1Y3M',
    stayExpiry: '2027-03-31',
    birthDate: '2004-05-05',
    residentRecord: true,
    card: 'residence-card',
    applicationPending: null,
  },
  procedure: 'move-in',
  channel: 'counter',
  requestSpecifiedCard: true,
};

/** /health, /ready, POST /guide. */
export function systemRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'health',
      method: 'GET',
      url: '/health',
      tag: 'system',
      summary: 'Liveness',
      action: null,
      rateLimit: false,
      status: 200,
      response: z.object({ status: z.literal('ok') }),
      handler: async () => ({ status: 'ok' as const }),
    }),
    defineRoute({
      operationId: 'ready',
      method: 'GET',
      url: '/ready',
      tag: 'system',
      summary: 'Readiness (database reachable, migrations applied)',
      action: null,
      status: 200,
      errors: [503],
      response: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }),
      handler: async () => {
        try {
          const pending = (await migrationStatus(deps.db)).filter((m) => !m.appliedAt).map((m) => m.name);
          if (pending.length > 0)
            throw new ProblemError(
              503,
              'migrations-pending',
              `migrations not applied: ${pending.join(', ')}`,
            );
          return { status: 'ready' as const, database: deps.dialect };
        } catch (e) {
          if (e instanceof ProblemError) throw e;
          throw new ProblemError(503, 'database-unavailable', 'the database does not answer');
        }
      },
    }),
    defineRoute({
      operationId: 'guide',
      method: 'POST',
      url: '/guide',
      tag: 'rules',
      summary: 'Situation → Decision (the 特定在留カード rules; same contract as `zairyu guide --json`)',
      description:
        'Public, no login. The Situation is validated field by field; an inconsistent one is a 400 invalid-input naming every field.',
      action: null,
      body: SituationSchema,
      bodyExample: situationExample,
      status: 200,
      response: DecisionSchema,
      handler: async ({ request }) => {
        const r = parseSituation(request.body);
        if (!r.ok)
          throw invalidInput(r.issues.map((i) => ({ path: i.path, code: i.code, message: i.detail })));
        return decide(r.value);
      },
    }),
  ] as const;
}
