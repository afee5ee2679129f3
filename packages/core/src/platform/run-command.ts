/**
 * The frame of every mutating command: the policy is checked first (the caller hands in the Grant its
 * policy's authorize() returned, before anything is read), then the use case runs in ONE transaction that ends
 * by appending the audit events it recorded — so a change and its audit event commit or roll back together.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { type AuditEventInput, appendAuditEvents } from './audit/append-audit-events.ts';
import type { Context } from './context.ts';

/** Collects the audit events of one command. */
export interface AuditRecorder {
  record(event: AuditEventInput): void;
}

/** What a command body gets: the transaction, the audit recorder, the instant and the grant. */
export interface CommandScope<G> {
  tx: Kysely<Schema>;
  audit: AuditRecorder;
  /** ctx.clock.now() read once, as an ISO instant. */
  at: string;
  /** ctx.clock.now() read once. */
  now: Date;
  /** What the policy allowed: check loaded resources against it. */
  grant: G;
}

/** Runs `body` in a transaction with its audit events, under a grant already obtained from a policy. */
export async function runCommand<T, G>(
  ctx: Context,
  grant: G,
  body: (scope: CommandScope<G>) => Promise<T>,
): Promise<T> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (tx) => {
    const events: AuditEventInput[] = [];
    const result = await body({ tx, audit: { record: (e) => events.push(e) }, at, now, grant });
    await appendAuditEvents(tx, auditMetaOf(ctx, at), events);
    return result;
  });
}

/** The audit metadata of a context at an instant. */
export function auditMetaOf(ctx: Context, at: string) {
  return {
    tenantId: ctx.tenantId,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    officeCode: ctx.actor.officeCode,
    requestId: ctx.requestId,
    at,
  };
}
