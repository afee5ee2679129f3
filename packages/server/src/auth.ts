/**
 * Authentication: a session cookie (httpOnly, SameSite=Strict) with a CSRF token for people, or a bearer API
 * token for programs. Routes are authenticated unless their config says `public`. Authorisation is core's
 * declarative policy, checked before each command.
 */
import { type Actor, getSession, verifyApiToken } from '@zairyu/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from './deps.ts';
import { problem, sendProblem } from './problem.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'zairyu_session';
/** Header carrying the CSRF token on unsafe requests made with the session cookie. */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** `public`: no authentication needed. */
    auth?: 'public';
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The preHandler that resolves `request.actor` or answers 401/403. */
export function authenticate(deps: AppDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = null;
    if (request.routeOptions.url?.startsWith('/docs')) return; // the API docs page is public
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = await verifyApiToken(deps.db, header.slice(7).trim());
    } else {
      const sid = request.cookies[SESSION_COOKIE];
      if (sid) {
        const session = await getSession(deps.db, sid, deps.clock);
        if (session) {
          if (!SAFE.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken)
            return sendProblem(
              reply,
              problem(
                request,
                403,
                'csrf-token-invalid',
                `send the session's CSRF token in the ${CSRF_HEADER} header`,
              ),
            );
          request.actor = session.actor;
        }
      }
    }
    if (!request.actor && request.routeOptions.config.auth !== 'public')
      return sendProblem(
        reply,
        problem(
          request,
          401,
          'unauthenticated',
          'log in (POST /auth/login) or send Authorization: Bearer <API token>',
        ),
      );
  };
}
