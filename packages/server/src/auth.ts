/**
 * Authentication: a session cookie (httpOnly, SameSite=Strict, Secure behind TLS) with a CSRF token for people,
 * or a bearer API token for programs (the scheme name is case-insensitive, RFC 9110 §11.1). Routes are
 * authenticated unless their config says `public`. Authorisation is core's declarative policy, checked before
 * each command. Refusals are security events (audited, logged).
 */
import { timingSafeEqual } from 'node:crypto';
import { type Actor, getSession, permitsAction, verifyApiToken } from '@zairyu/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from './deps.ts';
import { problem, sendProblem } from './problem.ts';
import type { SecurityEvents } from './security-events.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'zairyu_session';
/** Header carrying the CSRF token on unsafe requests made with the session cookie. */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^bearer[ \t]+(\S+)\s*$/i;

/** Constant-time comparison of the CSRF header with the session's token. */
function csrfMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(token));
}

/** The onRequest hook (before body validation) that resolves `request.actor` or answers 401/403. */
export function authenticate(deps: AppDeps, security: SecurityEvents) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = null;
    // public routes (login, health, docs, the rules, the web app) neither need nor check a session
    const route = request.routeOptions.url;
    if (
      request.routeOptions.config?.auth === 'public' ||
      route?.startsWith('/docs') ||
      route?.startsWith('/assets/')
    )
      return;
    const header = request.headers.authorization;
    const bearer = typeof header === 'string' ? BEARER.exec(header) : null;
    if (bearer) {
      request.actor = await verifyApiToken(deps.db, bearer[1] as string);
    } else {
      const sid = request.cookies[SESSION_COOKIE];
      if (sid) {
        const session = await getSession(deps.db, sid, deps.clock);
        if (session) {
          if (!SAFE.has(request.method) && !csrfMatches(request.headers[CSRF_HEADER], session.csrfToken)) {
            request.actor = session.actor;
            await security.record(request, 'csrf-refused');
            request.actor = null;
            return sendProblem(
              reply,
              problem(
                request,
                403,
                'csrf-token-invalid',
                `send the session's CSRF token in the ${CSRF_HEADER} header`,
              ),
            );
          }
          request.actor = session.actor;
        }
      }
    }
    if (request.actor) {
      // the route's policy action, before its input is validated: a role without it learns nothing more
      const action = request.routeOptions.config?.action;
      if (action && !permitsAction(request.actor, action)) {
        await security.record(request, 'forbidden', { subject: action });
        return sendProblem(
          reply,
          problem(request, 403, 'forbidden', `role ${request.actor.role} may not ${action}`, {
            details: { action, role: request.actor.role },
          }),
        );
      }
      return;
    }
    await security.record(request, 'unauthenticated');
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
