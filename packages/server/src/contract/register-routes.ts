/**
 * Turns route specs into Fastify routes: zod validation of params, query and body; the success body and every
 * error answer (problem+json) declared for OpenAPI and serialised through their schemas; the security
 * requirement (public, or a bearer token or the session cookie — plus the CSRF header on unsafe methods); the
 * policy action as `x-zairyu-action`; per-route rate limits.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorTitle } from '../errors/catalog.ts';
import type { AnyRoute } from './define-route.ts';
import { ProblemSchema } from './problem-schema.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public`: no authentication needed. */
    auth?: 'public';
    /** The policy action of the route. */
    action?: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const ERROR_CODE_OF_STATUS: Record<number, string> = {
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  422: 'application-refused',
  429: 'rate-limited',
  500: 'internal-error',
  503: 'database-unavailable',
};

function problemResponse(status: number) {
  return {
    description: errorTitle(ERROR_CODE_OF_STATUS[status] ?? 'internal-error', 'en'),
    content: { 'application/problem+json': { schema: ProblemSchema } },
  };
}

/** The OpenAPI security requirement of a route. */
export function securityOf(route: Pick<AnyRoute, 'action' | 'method'>): Record<string, string[]>[] {
  if (route.action === null) return [];
  return UNSAFE.has(route.method)
    ? [{ bearer: [] }, { session: [], csrf: [] }]
    : [{ bearer: [] }, { session: [] }];
}

function responsesOf(route: AnyRoute) {
  const responses: Record<number, unknown> = {};
  responses[route.status] =
    route.response === null
      ? z.null().meta({ description: 'No content' })
      : { description: route.summary, content: { 'application/json': { schema: route.response } } };
  const statuses = new Set<number>([400, 429, 500, 503, ...(route.errors ?? [])]);
  if (route.action !== null) {
    statuses.add(401);
    statuses.add(403);
  }
  if (route.params || route.url.includes(':')) statuses.add(404);
  for (const s of [...statuses].sort()) responses[s] = problemResponse(s);
  return responses;
}

/** Registers the routes on the app. */
export function registerRoutes(app: FastifyInstance, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    const body =
      route.body && route.bodyExample !== undefined
        ? (route.body as { meta(m: object): unknown }).meta({ examples: [route.bodyExample] })
        : route.body;
    app.route({
      method: route.method,
      url: route.url,
      config: {
        auth: route.action === null ? 'public' : undefined,
        action: route.action,
        ...(route.rateLimit === undefined
          ? {}
          : {
              rateLimit: route.rateLimit === false ? false : { max: route.rateLimit, timeWindow: '1 minute' },
            }),
      },
      schema: {
        operationId: route.operationId,
        tags: [route.tag],
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { querystring: route.query } : {}),
        ...(body ? { body } : {}),
        response: responsesOf(route),
        security: securityOf(route),
        ...(route.action ? { 'x-zairyu-action': route.action } : {}),
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const out = await route.handler({
          params: request.params,
          query: request.query,
          body: request.body,
          request,
          reply,
        });
        reply.code(route.status);
        if (route.response === null || route.status === 204) return reply.send();
        return reply.type('application/json').send(out);
      },
    });
  }
}

/** Sets `Link: <…>; rel="next"` (RFC 8288) for the next page of a list, keeping the request's other query. */
export function setNextLink(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (!nextCursor) return;
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', nextCursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  reply.header('x-next-cursor', nextCursor);
}
