/**
 * The command context of one request: database, clock, CA, the authenticated actor and the request id.
 */
import { type CommandContext, DomainError } from '@zairyu/core';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from './deps.ts';

/** The context core commands run in, for an authenticated request. */
export function contextOf(deps: AppDeps, request: FastifyRequest): CommandContext {
  if (!request.actor) throw new DomainError('unauthenticated', 'authentication required');
  // the actor's tenant: a user only ever sees their own tenant's rows
  return {
    db: deps.db,
    clock: deps.clock,
    ca: deps.ca,
    actor: request.actor,
    requestId: request.id,
    tenantId: request.actor.tenantId,
  };
}
