/**
 * The Fastify app of the platform: security headers (a Content-Security-Policy, no caching of personal data),
 * rate limits, body limits, request ids, pino logs without personal data, zod validation of every input and
 * output, OpenAPI 3.1 at /openapi.json with docs at /docs (which can log in and send every request), and
 * problem+json errors in the caller's language; with `webRoot`, the web app (guide, counter and employer
 * consoles) from the same origin.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  ApplicationSchema,
  AuditEventSchema,
  CardSchema,
  ResidentSchema,
  TenantSchema,
  UserSchema,
} from '@zairyu/core';
import { DecisionSchema } from '@zairyu/rules';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticate, CSRF_HEADER, SESSION_COOKIE } from './auth.ts';
import { allRoutes } from './contract/api.ts';
import { registerRoutes } from './contract/register-routes.ts';
import type { AppDeps } from './deps.ts';
import { errorHandler, problem, sendProblem } from './problem.ts';
import { securityEvents } from './security-events.ts';
import { hasWebApp, registerWebApp } from './web-app.ts';

/** Largest accepted request body. */
export const BODY_LIMIT = 64 * 1024;

/** A client-chosen request id is kept only in this shape, and never with a 12-digit run (a 個人番号). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The Content-Security-Policy of every response. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

// named components of the OpenAPI document (the schemas core presents with; request bodies stay inline so
// that their examples reach /docs)
for (const [schema, id] of [
  [ResidentSchema, 'Resident'],
  [ApplicationSchema, 'Application'],
  [CardSchema, 'Card'],
  [UserSchema, 'User'],
  [TenantSchema, 'Tenant'],
  [AuditEventSchema, 'AuditEvent'],
  [DecisionSchema, 'Decision'],
] as const)
  if (!z.globalRegistry.get(schema)?.id)
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

/**
 * /docs: remember the CSRF token of a successful login and send it on unsafe requests, so that a person can
 * log in and try every operation (functions are serialised into the page by @fastify/swagger-ui).
 */
const docsUiConfig = {
  docExpansion: 'list' as const,
  persistAuthorization: true,
  // biome-ignore lint/suspicious/noExplicitAny: swagger-ui's own request and response objects
  responseInterceptor: (res: any) => {
    if (res?.ok && /\/auth\/login$/.test(res.url ?? '') && res.body?.csrfToken)
      (globalThis as unknown as { __zairyuCsrf?: string }).__zairyuCsrf = res.body.csrfToken;
    return res;
  },
  // biome-ignore lint/suspicious/noExplicitAny: swagger-ui's own request and response objects
  requestInterceptor: (req: any) => {
    const token = (globalThis as unknown as { __zairyuCsrf?: string }).__zairyuCsrf;
    if (token && !/^(GET|HEAD|OPTIONS)$/i.test(req.method ?? 'GET') && !req.headers['x-csrf-token'])
      req.headers['x-csrf-token'] = token;
    return req;
  },
};

/** Builds the app (not listening). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.trustProxy ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) && !/\d{12}/.test(given)
        ? given
        : randomUUID();
    },
    logger: {
      level: deps.logLevel ?? 'info',
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        remove: true,
      },
      serializers: {
        // method, route and status only: no query strings or bodies (they can carry personal data)
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', id: req.id }),
      },
    },
  }).withTypeProvider<ZodTypeProvider>();
  const security = securityEvents(deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(
    errorHandler({
      onForbidden: (request, action) =>
        security.record(request, 'forbidden', { subject: action ?? undefined }),
      onRateLimited: (request) => security.record(request, 'rate-limited'),
    }),
  );
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(request, 404, 'not-found', `no route ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // answers may carry personal data: never cached (the docs' static files and the web app's hashed assets
    // keep their own caching)
    if (!request.url.startsWith('/docs/static') && !request.url.startsWith('/assets/'))
      reply.header('cache-control', 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: deps.rateLimit ?? 600,
    timeWindow: '1 minute',
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'zairyu platform: the sandbox issuing authority and its tenants',
        version: '0.2.0',
        description: [
          "A SANDBOX back office for 特定在留カード: residents, applications decided by the rules, cards issued as real chip images signed by a sandbox CA, loss / suspension / re-issue / switch / return / expiry — every change and every security event audited on its tenant's hash chain.",
          '',
          `People: \`POST /auth/login\` (sets the \`${SESSION_COOKIE}\` cookie and returns a CSRF token; here in /docs the token is sent for you on later requests — or paste it under Authorize → csrf). Programs: \`POST /api-tokens\`, then \`Authorization: Bearer <token>\`.`,
          '',
          'Errors are RFC 9457 problem+json with a stable `code` and a `title` in the Accept-Language language (ja, en, ja-easy); every input failure is `invalid-input` with every problem in `errors`. Lists take `limit` and `cursor`; the next page is in `Link: <…>; rel="next"` and `x-next-cursor`. `x-zairyu-action` names the policy action an operation runs.',
        ].join('\n'),
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api-tokens' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /auth/login',
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description:
              'The csrfToken of POST /auth/login; needed with the session cookie on POST, PATCH and DELETE',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: docsUiConfig });
  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.addHook('onRequest', authenticate(deps, security)); // before body validation: strangers get 401, not schema details
  registerRoutes(app, allRoutes(deps, security));
  if (deps.webRoot && hasWebApp(deps.webRoot)) await registerWebApp(app, deps.webRoot);
  return app;
}
