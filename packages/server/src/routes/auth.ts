/**
 * Login and logout for people (session cookie + CSRF token), API tokens for programs.
 */
import {
  authenticate as checkPassword,
  createApiToken,
  createSession,
  deleteSession,
  revokeApiToken,
} from '@zairyu/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth.ts';
import { contextOf } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { problem, sendProblem } from '../problem.ts';

const actorView = (a: { username: string; role: string; officeCode: string | null }) => ({
  username: a.username,
  role: a.role,
  officeCode: a.officeCode,
});

/** /auth/login, /auth/logout, /auth/me, /api-tokens. */
export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { auth: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets the session cookie and returns the CSRF token for unsafe requests',
          body: z
            .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })
            .strict(),
        },
      },
      async (request, reply) => {
        const actor = await checkPassword(deps.db, request.body.username, request.body.password);
        if (!actor)
          return sendProblem(
            reply,
            problem(request, 401, 'invalid-credentials', 'unknown user or wrong password'),
          );
        const session = await createSession(deps.db, actor.userId, deps.clock, request.id);
        reply.setCookie(SESSION_COOKIE, session.id, {
          httpOnly: true,
          sameSite: 'strict',
          secure: request.protocol === 'https',
          path: '/',
          expires: new Date(session.expiresAt),
        });
        return { user: actorView(actor), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
      },
    );
    app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Log out' } }, async (request, reply) => {
      const sid = request.cookies[SESSION_COOKIE];
      if (sid) await deleteSession(deps.db, sid, deps.clock, request.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    });
    app.get('/auth/me', { schema: { tags: ['auth'], summary: 'Who am I' } }, async (request) =>
      actorView(request.actor!),
    );
    app.post(
      '/api-tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'Create an API token for the current user (shown once)',
          body: z.object({ name: z.string().min(1).max(100) }).strict(),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createApiToken(contextOf(deps, request), request.body)),
    );
    app.delete(
      '/api-tokens/:id',
      {
        schema: {
          tags: ['auth'],
          summary: 'Revoke one of your API tokens',
          params: z.object({ id: z.string().min(1).max(100) }),
        },
      },
      async (request, reply) => {
        await revokeApiToken(contextOf(deps, request), { tokenId: request.params.id });
        return reply.code(204).send();
      },
    );
  };
}
