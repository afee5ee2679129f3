/**
 * Authentication: a session cookie (httpOnly, SameSite=Strict) with a CSRF token for people, or a bearer API
 * token for programs. Routes are authenticated unless their config says `public`. Authorisation is core's
 * declarative policy, checked before each command.
 */
import { timingSafeEqual } from 'node:crypto';
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

/** Constant-time comparison of the CSRF header with the session's token. */
function csrfMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(token));
}

/** The onRequest hook (before body validation) that resolves `request.actor` or answers 401/403. */
export function authenticate(deps: AppDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = null;
    // public routes (login, health, docs, the rules) neither need nor check a session
    if (request.routeOptions.config?.auth === 'public' || request.routeOptions.url?.startsWith('/docs'))
      return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = await verifyApiToken(deps.db, header.slice(7).trim());
    } else {
      const sid = request.cookies[SESSION_COOKIE];
      if (sid) {
        const session = await getSession(deps.db, sid, deps.clock);
        if (session) {
          if (!SAFE.has(request.method) && !csrfMatches(request.headers[CSRF_HEADER], session.csrfToken))
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
    if (!request.actor)
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
