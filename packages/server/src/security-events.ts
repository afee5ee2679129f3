/**
 * Security events — failed logins, requests refused for missing or bad credentials (401) or a policy (403), a
 * refused CSRF token, rate-limit hits — are written to the audit chain of the tenant they concern (the
 * platform chain when no tenant can be named) and logged at warn. Field names and routes only: never a
 * username, a password, a token, a body or a client address. A client over its rate limit is recorded once per
 * route per minute, so a flood cannot flood the audit. Recording never fails the request it describes.
 */
import { type Actor, PLATFORM_CHAIN, recordAuditEvents } from '@zairyu/core';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from './deps.ts';

/** Kinds of security event (audit event `security.<kind>`). */
export type SecurityEventKind =
  | 'login-failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf-refused'
  | 'rate-limited';

/** Records security events for an app. */
export interface SecurityEvents {
  /** Records the event; resolves when it is written (never rejects). */
  record(
    request: FastifyRequest,
    kind: SecurityEventKind,
    options?: { tenantId?: string; subject?: string },
  ): Promise<void>;
}

/** The recorder of an app's security events. */
export function securityEvents(deps: AppDeps): SecurityEvents {
  const limited = new Map<string, number>();
  return {
    async record(request, kind, options = {}) {
      const route = request.routeOptions?.url ?? 'unmatched';
      const actor: Actor | null = request.actor ?? null;
      const tenantId = options.tenantId ?? actor?.tenantId ?? PLATFORM_CHAIN;
      if (kind === 'rate-limited') {
        const minute = Math.floor(Date.now() / 60_000);
        const key = `${request.ip}|${route}`;
        if (limited.get(key) === minute) return;
        if (limited.size > 10_000) limited.clear();
        limited.set(key, minute);
      }
      request.log.warn(
        { security: kind, route, tenant: tenantId, action: options.subject ?? null },
        `security.${kind}`,
      );
      const at = deps.clock.now().toISOString();
      await recordAuditEvents(
        deps.db,
        {
          tenantId,
          actorId: actor?.userId ?? 'anonymous',
          actorRole: actor?.role ?? 'anonymous',
          officeCode: actor?.officeCode ?? null,
          requestId: request.id,
          at,
        },
        [
          {
            event: `security.${kind}`,
            subjectType: options.subject ? 'action' : 'route',
            subjectId: options.subject ?? `${request.method} ${route}`,
            changedFields: [],
          },
        ],
      ).catch((e: unknown) => {
        request.log.error(
          { err: { message: e instanceof Error ? e.message : String(e) } },
          'security event not recorded',
        );
      });
    },
  };
}
