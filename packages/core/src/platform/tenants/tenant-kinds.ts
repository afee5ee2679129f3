/**
 * The kinds of tenant the platform hosts and the roles each kind has (ADR 0003): the sandbox issuing
 * `authority` (bureau and municipal counters) and the `employer` (HR: admins, the designated 取扱者, auditors,
 * read-only lookups). A role belongs to exactly one kind, so an actor's kind follows from its role.
 */

/** Kinds of tenant. */
export const TENANT_KINDS = ['authority', 'employer'] as const;

/** A kind of tenant. */
export type TenantKind = (typeof TENANT_KINDS)[number];

/** The roles of each kind of tenant. */
export const ROLES_BY_KIND = {
  authority: ['bureau-officer', 'municipal-officer', 'system-admin'],
  employer: ['employer-admin', 'handler', 'auditor', 'lookup-only'],
} as const satisfies Record<TenantKind, readonly string[]>;

/** Every role of every kind. */
export const ROLES = [...ROLES_BY_KIND.authority, ...ROLES_BY_KIND.employer] as const;

/** A role. */
export type Role = (typeof ROLES)[number];

/** The administrator role of each kind (creates users, reads the tenant's audit). */
export const ADMIN_ROLE = {
  authority: 'system-admin',
  employer: 'employer-admin',
} as const satisfies Record<TenantKind, Role>;

/** The kind of tenant a role belongs to. */
export function kindOfRole(role: Role): TenantKind {
  return (ROLES_BY_KIND.employer as readonly string[]).includes(role) ? 'employer' : 'authority';
}

/** True when `role` is a role of tenants of `kind`. */
export function isRoleOfKind(role: string, kind: TenantKind): role is Role {
  return (ROLES_BY_KIND[kind] as readonly string[]).includes(role);
}

/** The tenant of deployments with one authority: the sandbox issuing authority (logins default to it). */
export const DEFAULT_TENANT = 'default';

/**
 * The audit chain of security events no tenant can be named for (a request without valid credentials).
 * Reserved: no tenant may take this id.
 */
export const PLATFORM_CHAIN = 'platform';

/** Shape of a tenant id: 2–40 characters a–z, 0–9 and -, starting with a letter or digit. */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
