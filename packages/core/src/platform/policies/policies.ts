/**
 * Who may do what, as data: each action lists the roles allowed to run it, checked before the command runs.
 * Which counter may file or grant a procedure is decided by the rules (decide().office) and checked with
 * roleForOffice once the decision is known.
 */
import type { Office } from '@zairyu/rules';
import type { Actor, Role } from '../context.ts';
import { DomainError } from '../domain-error.ts';

const OFFICERS = ['bureau-officer', 'municipal-officer'] as const satisfies readonly Role[];
const ADMIN = ['system-admin'] as const satisfies readonly Role[];
const EVERYONE = ['bureau-officer', 'municipal-officer', 'system-admin'] as const satisfies readonly Role[];

/** The policy table: action → roles allowed. */
export const POLICIES = {
  'residents.register': OFFICERS,
  'residents.update': OFFICERS,
  'residents.read': OFFICERS,
  'applications.file': OFFICERS,
  'applications.grant': OFFICERS,
  'applications.read': OFFICERS,
  'cards.read': OFFICERS,
  'cards.read-chip': OFFICERS,
  'cards.report-loss': OFFICERS,
  'cards.resume-my-number': OFFICERS,
  'cards.expire': ['system-admin', 'bureau-officer'],
  'users.create': ADMIN,
  'users.read': ADMIN,
  'audit.read': ADMIN,
  'api-tokens.create': EVERYONE,
  'api-tokens.revoke': EVERYONE,
  'sessions.create': EVERYONE,
  'sessions.delete': EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

/** An action of the policy table. */
export type Action = keyof typeof POLICIES;

/** True when the actor's role may run the action. */
export function isAllowed(actor: Pick<Actor, 'role'>, action: Action): boolean {
  return (POLICIES[action] as readonly Role[]).includes(actor.role);
}

/** Throws DomainError('forbidden') unless the actor's role may run the action. */
export function authorize(actor: Pick<Actor, 'role'>, action: Action): void {
  if (!isAllowed(actor, action))
    throw new DomainError('forbidden', `role ${actor.role} may not ${action}`, {
      details: { action, role: actor.role, allowed: POLICIES[action] },
    });
}

/** The officer role that handles procedures of an office. */
export function roleForOffice(office: Office): Role {
  return office === 'immigration-bureau' ? 'bureau-officer' : 'municipal-officer';
}

/** Throws DomainError('forbidden') when the actor is not an officer of the office the rules chose. */
export function authorizeOffice(
  actor: Pick<Actor, 'role'> & Partial<Pick<Actor, 'officeCode'>>,
  office: Office,
  action: Action,
  residentMunicipality?: string,
): void {
  const needed = roleForOffice(office);
  if (actor.role !== needed)
    throw new DomainError('forbidden', `${office} procedures need a ${needed}`, {
      details: { action, role: actor.role, office, needed },
    });
  // a municipal counter handles the residents registered (or moving in) there: its code is their 住居地's
  if (
    office === 'municipality' &&
    actor.officeCode &&
    residentMunicipality !== undefined &&
    residentMunicipality !== actor.officeCode
  )
    throw new DomainError(
      'forbidden',
      `the resident's address is in municipality ${residentMunicipality}, not ${actor.officeCode}`,
      {
        details: { action, officeCode: actor.officeCode, residentMunicipality },
      },
    );
}
