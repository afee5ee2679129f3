/**
 * Who acts, when, where: every command takes a context, so the time, the tenant, the actor and the request are
 * arguments chosen by the composition root (server, CLI, tests). Bounded contexts extend it with what they
 * need (the authority adds its sandbox CA).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import type { Clock } from './clock.ts';
import { DEFAULT_TENANT, kindOfRole, type Role, type TenantKind } from './tenants/tenant-kinds.ts';

export {
  DEFAULT_TENANT,
  ROLES,
  type Role,
  type TenantKind,
} from './tenants/tenant-kinds.ts';

/** The person or program acting. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /**
   * Office of an officer: a bureau code such as `tokyo-bureau`, or a 6-digit municipality code; an employer
   * user's site code, when it has one.
   */
  officeCode: string | null;
  /** The tenant the actor belongs to (build the context's tenantId from it). */
  tenantId: string;
  /** The kind of that tenant (follows from the role). */
  tenantKind: TenantKind;
}

/** Everything a platform command needs besides its input. */
export interface Context {
  db: Kysely<Schema>;
  clock: Clock;
  actor: Actor;
  requestId: string;
  tenantId: string;
}

/** The actor of scheduled tasks and bootstrap work in a tenant (its kind's administrator role). */
export function systemActor(tenantId: string = DEFAULT_TENANT, kind: TenantKind = 'authority'): Actor {
  const role: Role = kind === 'employer' ? 'employer-admin' : 'system-admin';
  return { userId: 'system', username: 'system', role, officeCode: null, tenantId, tenantKind: kind };
}

/** An actor for a user's role (its tenant kind derived from the role). */
export function actorFor(a: Omit<Actor, 'tenantKind'>): Actor {
  return { ...a, tenantKind: kindOfRole(a.role) };
}
