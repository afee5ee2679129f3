/**
 * The Fastify app of the sandbox issuing authority: security headers, rate limits, body limits, request ids,
 * pino logs without personal data, zod validation, OpenAPI 3.1 at /openapi.json with docs at /docs, and
 * problem+json errors.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authenticate } from './auth.ts';
import type { AppDeps } from './deps.ts';
import { errorHandler, problem, sendProblem } from './problem.ts';
import { authRoutes } from './routes/auth.ts';
import { backOfficeRoutes } from './routes/back-office.ts';
import { systemRoutes } from './routes/system.ts';

/** Largest accepted request body. */
export const BODY_LIMIT = 64 * 1024;

/** Builds the app (not listening). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      // a caller's id is kept only when it cannot smuggle a 12-digit number into the logs and the audit log
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) && !/\d{12}/.test(given)
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
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(request, 404, 'not-found', `no route ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(cookie);
  await app.register(rateLimit, { global: true, max: deps.rateLimit ?? 600, timeWindow: '1 minute' });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'zairyu sandbox issuing authority',
        version: '0.1.0',
        description:
          'A SANDBOX back office for 特定在留カード: residents, applications decided by the rules, cards issued as real chip images signed by a sandbox CA, loss / suspension / re-issue / switch / return / expiry, audited. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'zairyu_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.addHook('onRequest', authenticate(deps)); // before body validation: strangers get 401, not schema details
  await app.register(systemRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(backOfficeRoutes(deps));
  return app;
}
