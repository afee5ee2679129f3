/**
 * Who acts, when, where and with what: every command takes a CommandContext, so the time, the tenant, the
 * actor and the sandbox CA are arguments chosen by the composition root (server, CLI, tests).
 */
import type { SandboxCa } from '@zairyu/card';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import type { Clock } from './clock.ts';

/** Roles of the sandbox authority. */
export const ROLES = ['bureau-officer', 'municipal-officer', 'system-admin'] as const;

/** A role. */
export type Role = (typeof ROLES)[number];

/** The tenant used when a deployment has only one. */
export const DEFAULT_TENANT = 'default';

/** The person or program acting. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /** Office of an officer: a bureau code such as `tokyo-bureau`, or a 6-digit municipality code. */
  officeCode: string | null;
  /** The tenant the actor belongs to (build CommandContext.tenantId from it). */
  tenantId: string;
}

/** Everything a command needs besides its input. */
export interface CommandContext {
  db: Kysely<Schema>;
  clock: Clock;
  actor: Actor;
  requestId: string;
  tenantId: string;
  ca: SandboxCa;
}

/** The actor of scheduled tasks and bootstrap work. */
export function systemActor(tenantId: string = DEFAULT_TENANT): Actor {
  return { userId: 'system', username: 'system', role: 'system-admin', officeCode: null, tenantId };
}
