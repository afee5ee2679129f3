/**
 * The one error mapper: every error becomes an RFC 9457 problem+json with a stable code and a title in the
 * caller's language. The only place in zairyu that knows HTTP status codes. Every input failure — a request
 * that does not match the route's schema, malformed JSON, an invalid Situation, core's own validation — is
 * `invalid-input` with every problem listed in `errors`; a refused application (422) carries the rules'
 * reasons with their messages in the Accept-Language language.
 */
import { DomainError, type DomainReason } from '@zairyu/core';
import { catalogs, type Lang, type MessageKey, t } from '@zairyu/rules';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from './contract/problem-schema.ts';
import { errorTitle } from './errors/catalog.ts';
import { negotiateLang } from './lang.ts';

export type { Problem } from './contract/problem-schema.ts';

const STATUS: Record<DomainError['code'], number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-transition': 409,
  conflict: 409,
  'application-refused': 422,
};

/** An answer that is not a domain error (readiness, credentials): thrown by a handler, sent by the mapper. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

/** Builds a problem document (title in the request's language). */
export function problem(
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: `urn:zairyu:problem:${code}`,
    title: errorTitle(code, negotiateLang(request.headers['accept-language'])),
    status,
    detail,
    instance: `urn:zairyu:request:${request.id}`,
    code,
    ...extra,
  };
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply
    .code(p.status)
    .header('content-language', negotiateLang(reply.request.headers['accept-language']))
    .type('application/problem+json')
    .send(p);
}

/** An invalid-input problem listing every issue. */
export function invalidInputProblem(
  request: FastifyRequest,
  errors: { path: string; code: string; message: string }[],
): Problem {
  return problem(
    request,
    400,
    'invalid-input',
    errors.map((e) => `${e.path || '(input)'}: ${e.message}`).join('; '),
    {
      errors,
    },
  );
}

/** The message of a refusal reason code in a language: a rules reason or warning, when the rules have one. */
function reasonMessage(
  lang: Lang,
  code: string,
  details: Record<string, unknown> | undefined,
): string | undefined {
  const catalog = catalogs[lang] as Record<string, string>;
  const date = typeof details?.earliestDate === 'string' ? details.earliestDate : undefined;
  for (const key of [`reason.${code}`, `warning.${code}`])
    if (key in catalog) return t(lang, key as MessageKey, date ? { date, from: date } : undefined);
  return undefined;
}

function localizedReasons(request: FastifyRequest, e: DomainError): Problem['reasons'] {
  const lang = negotiateLang(request.headers['accept-language']);
  return (e.reasons ?? []).map((r: DomainReason) => {
    const message = reasonMessage(lang, r.code, e.details);
    return { code: r.code, ...(message ? { message } : {}), citations: r.citations };
  });
}

/** What a Fastify schema validation error says, as input problems. */
function schemaIssues(error: FastifyError): { path: string; code: string; message: string }[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => {
    const params = (v.params ?? {}) as { issue?: { code?: string } };
    return {
      // body fields are named as core names them; query and path parameters carry their part
      path:
        [
          ...(error.validationContext === 'body' ? [] : [error.validationContext]),
          ...String(v.instancePath).split('/').filter(Boolean),
        ].join('.') || 'body',
      code: params.issue?.code ?? v.keyword ?? 'invalid',
      message: v.message ?? 'invalid',
    };
  });
}

const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006', // connection_failure
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

/** A database that is down, restarting or full is a 503 the client can retry, never a 500. */
function storageProblemOf(error: Error): { code: string; detail: string; cause: string } | null {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = error.message ?? '';
  if (
    code === 'SQLITE_FULL' ||
    code === '53100' ||
    /database or disk is full|No space left on device/i.test(message)
  )
    return {
      code: 'storage-full',
      detail: "the server's storage is full; nothing was written",
      cause: code || 'ENOSPC',
    };
  if (
    UNAVAILABLE.has(code) ||
    /Connection terminated|connect ECONNREFUSED|terminating connection|is not queryable|the database system is (starting up|shutting down)/i.test(
      message,
    )
  )
    return {
      code: 'database-unavailable',
      detail: 'the database does not answer; nothing was written — retry shortly',
      cause: code || 'connection',
    };
  return null;
}

/** Hooks the mapper reports security-relevant answers to (403s). */
export interface ProblemHooks {
  onForbidden?(request: FastifyRequest, action: string | null): Promise<void>;
  onRateLimited?(request: FastifyRequest): Promise<void>;
}

/** Fastify error handler: domain errors, validation errors, client errors, and anything else as 500. */
export function errorHandler(hooks: ProblemHooks = {}) {
  return async (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ProblemError)
      return sendProblem(reply, problem(request, error.status, error.code, error.message));
    if (error instanceof DomainError) {
      const status = STATUS[error.code] ?? 400;
      if (error.code === 'invalid-input') {
        const issues = (error.details?.issues as
          | { path: string; code: string; message: string }[]
          | undefined) ?? [{ path: error.path ?? '', code: 'invalid', message: error.message }];
        return sendProblem(reply, invalidInputProblem(request, issues));
      }
      const extra: Partial<Problem> = {};
      if (error.reasons) extra.reasons = localizedReasons(request, error);
      if (error.path) extra.errors = [{ path: error.path, code: error.code, message: error.message }];
      if (error.details) extra.details = error.details;
      if (error.code === 'forbidden')
        await hooks.onForbidden?.(
          request,
          typeof error.details?.action === 'string' ? error.details.action : null,
        );
      return sendProblem(reply, problem(request, status, error.code, error.message, extra));
    }
    if (hasZodFastifySchemaValidationErrors(error))
      return sendProblem(reply, invalidInputProblem(request, schemaIssues(error)));
    const storage = storageProblemOf(error);
    if (storage) {
      request.log.error({ err: { code: storage.cause } }, storage.code);
      reply.header('retry-after', '30');
      return sendProblem(reply, problem(request, 503, storage.code, storage.detail));
    }
    const statusCode = (error as FastifyError).statusCode;
    const fastifyCode = (error as FastifyError).code;
    if (statusCode === 429) await hooks.onRateLimited?.(request);
    if (statusCode === 429)
      return sendProblem(
        reply,
        problem(request, 429, 'rate-limited', 'too many requests; slow down and retry later'),
      );
    if (statusCode === 413)
      return sendProblem(reply, problem(request, 413, 'payload-too-large', 'the request body is too large'));
    if (statusCode === 415)
      return sendProblem(reply, problem(request, 415, 'unsupported-media-type', 'send application/json'));
    if (statusCode && statusCode >= 400 && statusCode < 500)
      return sendProblem(
        reply,
        invalidInputProblem(request, [
          {
            path: 'body',
            code:
              fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
                ? 'invalid-json'
                : 'invalid',
            message: error.message,
          },
        ]),
      );
    request.log.error(
      {
        err: { type: error.name, message: error.message, stack: error.stack },
        ...(isResponseSerializationError(error) ? { serialization: true } : {}),
      },
      'unhandled error',
    );
    return sendProblem(
      reply,
      problem(
        request,
        500,
        'internal-error',
        'an unexpected error occurred; it was logged with this request id',
      ),
    );
  };
}
