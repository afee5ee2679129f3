/**
 * The frame of every mutating command: check the policy first, then run the use case in ONE transaction
 * that ends by appending the audit events it recorded — so a change and its audit event commit or roll
 * back together.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { type AuditEventInput, appendAuditEvents } from './audit/append-audit-events.ts';
import type { CommandContext } from './context.ts';
import { type Action, authorize } from './policies/policies.ts';

/** The part of a CommandContext a command frame needs (auth commands run without a CA). */
export type AuditedContext = Omit<CommandContext, 'ca'>;

/** Collects the audit events of one command. */
export interface AuditRecorder {
  record(event: AuditEventInput): void;
}

/** What a command body gets: the transaction, the audit recorder and the instant the command runs at. */
export interface CommandScope {
  tx: Kysely<Schema>;
  audit: AuditRecorder;
  /** ctx.clock.now() read once, as an ISO instant. */
  at: string;
  /** ctx.clock.now() read once. */
  now: Date;
}

/** Authorizes `action`, then runs `body` in a transaction with its audit events. */
export async function runCommand<T>(
  ctx: AuditedContext,
  action: Action,
  body: (scope: CommandScope) => Promise<T>,
): Promise<T> {
  authorize(ctx.actor, action);
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (tx) => {
    const events: AuditEventInput[] = [];
    const result = await body({ tx, audit: { record: (e) => events.push(e) }, at, now });
    await appendAuditEvents(
      tx,
      {
        tenantId: ctx.tenantId,
        actorId: ctx.actor.userId,
        actorRole: ctx.actor.role,
        officeCode: ctx.actor.officeCode,
        requestId: ctx.requestId,
        at,
      },
      events,
    );
    return result;
  });
}
