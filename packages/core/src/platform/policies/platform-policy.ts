/**
 * The platform's own policy, for every kind of tenant: people log in and out and manage their own API tokens;
 * each kind's administrator manages the tenant's users and runs its tasks; administrators and auditors read
 * and verify the tenant's audit chain; everyone reads their own tenant's name and kind.
 */
import { ADMIN_ROLE, ROLES, TENANT_KINDS } from '../tenants/tenant-kinds.ts';
import { allow, type Condition, Policy, type Rule } from './policy.ts';

/** Actions of the platform. */
export const PLATFORM_ACTIONS = [
  'sessions.create',
  'sessions.read',
  'sessions.delete',
  'api-tokens.create',
  'api-tokens.revoke',
  'api-tokens.read',
  'users.create',
  'users.read',
  'users.reset-password',
  'audit.read',
  'audit.verify',
  'tenants.read',
  'tasks.run',
] as const;

/** An action of the platform. */
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/** Conditions of the platform policy. */
export type PlatformCondition = 'own-tenant' | 'self';

/** A platform resource: something of a user (a session, a token) or of the tenant. */
export interface PlatformResource {
  userId?: string;
}

/** The scope of a platform list: one user's things, or the whole tenant's (null). */
export interface PlatformScope {
  userId: string | null;
}

const conditions: Record<PlatformCondition, Condition<PlatformResource, PlatformScope>> = {
  'own-tenant': {
    description: "anything of the actor's own tenant",
    holds: () => true,
    scope: () => ({ userId: null }),
  },
  self: {
    description: "the actor's own sessions and tokens",
    holds: (actor, r) => r.userId === actor.userId,
    scope: (actor) => ({ userId: actor.userId }),
  },
};

const rules: Rule<PlatformAction, PlatformCondition>[] = [];
for (const role of ROLES) {
  rules.push(allow(role, 'sessions.create', 'session', 'self'));
  rules.push(allow(role, 'sessions.read', 'session', 'self'));
  rules.push(allow(role, 'sessions.delete', 'session', 'self'));
  rules.push(allow(role, 'api-tokens.create', 'api-token', 'self'));
  rules.push(allow(role, 'api-tokens.revoke', 'api-token', 'self'));
  rules.push(allow(role, 'api-tokens.read', 'api-token', 'self'));
  rules.push(allow(role, 'tenants.read', 'tenant', 'own-tenant'));
}
for (const kind of TENANT_KINDS) {
  const admin = ADMIN_ROLE[kind];
  for (const a of ['users.create', 'users.read', 'users.reset-password'] as const)
    rules.push(allow(admin, a, 'user', 'own-tenant'));
  rules.push(allow(admin, 'audit.read', 'audit-event', 'own-tenant'));
  rules.push(allow(admin, 'audit.verify', 'audit-chain', 'own-tenant'));
  rules.push(allow(admin, 'tasks.run', 'task', 'own-tenant'));
  rules.push(allow(admin, 'api-tokens.revoke', 'api-token', 'own-tenant'));
}
rules.push(allow('auditor', 'audit.read', 'audit-event', 'own-tenant'));
rules.push(allow('auditor', 'audit.verify', 'audit-chain', 'own-tenant'));

/** The platform policy table. */
export const platformPolicy = new Policy<PlatformAction, PlatformCondition, PlatformResource, PlatformScope>(
  'platform',
  TENANT_KINDS,
  rules,
  conditions,
  PLATFORM_ACTIONS,
);
