/**
 * The one error mapper: every error becomes an RFC 9457 problem+json with a stable code. The only place in
 * zairyu that knows HTTP status codes.
 */
import { DomainError } from '@zairyu/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** A problem document (RFC 9457) with zairyu's stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: { path: string; message: string }[];
  reasons?: unknown[];
  details?: Record<string, unknown>;
}

const STATUS: Record<DomainError['code'], number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-transition': 409,
  conflict: 409,
  'application-refused': 422,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Builds a problem document. */
export function problem(
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: `urn:zairyu:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: `urn:zairyu:request:${request.id}`,
    code,
    ...extra,
  };
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/** Fastify error handler: domain errors, validation errors, client errors, and anything else as 500. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const status = STATUS[error.code] ?? 400;
    const extra: Partial<Problem> = {};
    if (error.reasons) extra.reasons = error.reasons;
    if (error.path) extra.errors = [{ path: error.path, message: error.message }];
    if (error.details) extra.details = error.details;
    return sendProblem(reply, problem(request, status, error.code, error.message, extra));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return sendProblem(
      reply,
      problem(request, 400, 'invalid-request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
        errors,
      }),
    );
  }
  const statusCode = (error as FastifyError).statusCode;
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
    return sendProblem(reply, problem(request, statusCode, 'invalid-request', error.message));
  request.log.error(
    { err: { type: error.name, message: error.message, stack: error.stack } },
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
}
