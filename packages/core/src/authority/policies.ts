/**
 * The sandbox issuing authority's policy: who may do what at the counters, on which residents. A municipal
 * officer acts only on residents (and their applications and cards) whose 住居地 is in the officer's
 * municipality; a bureau officer only within the bureau's jurisdiction (the prefectures it serves,
 * @zairyu/rules bureaus, specs/rules.md §5.4). A municipal officer may look a resident up by the card the
 * resident presents at the counter (card number and birth date, both printed on it) — that is how a 転入届
 * from another municipality starts. Which office handles a procedure is the rules' decision (decide().office),
 * checked by `authorizeOffice` once the decision is known.
 */
import { bureauServes, type Office } from '@zairyu/rules';
import type { Actor } from '../platform/context.ts';
import { DomainError } from '../platform/domain-error.ts';
import { allow, type Condition, Policy, type Rule } from '../platform/policies/policy.ts';
import type { Role } from '../platform/tenants/tenant-kinds.ts';

/** Actions of the authority. */
export const AUTHORITY_ACTIONS = [
  'residents.register',
  'residents.read',
  'residents.update',
  'residents.find-by-card',
  'applications.file',
  'applications.grant',
  'applications.read',
  'cards.read',
  'cards.read-chip',
  'cards.report-loss',
  'cards.resume-my-number',
  'cards.expire',
] as const;

/** An action of the authority. */
export type AuthorityAction = (typeof AUTHORITY_ACTIONS)[number];

/** Conditions of the authority policy. */
export type AuthorityCondition = 'own-municipality' | 'bureau-jurisdiction' | 'anywhere';

/** Where a resident, an application or a card belongs: the municipality of the 住居地 it is about. */
export interface Place {
  municipalityCode: string;
}

/** What a list may show: everything, one municipality, or some prefectures. */
export type PlaceScope =
  | { kind: 'all' }
  | { kind: 'municipality'; code: string }
  | { kind: 'prefectures'; codes: string[] };

const conditions: Record<AuthorityCondition, Condition<Place, PlaceScope>> = {
  'own-municipality': {
    description: "residents whose 住居地 is in the officer's municipality",
    holds: (actor, p) => actor.officeCode !== null && p.municipalityCode === actor.officeCode,
    scope: (actor) => ({ kind: 'municipality', code: actor.officeCode ?? '' }),
  },
  'bureau-jurisdiction': {
    description: "residents whose 住居地 is in a prefecture the officer's bureau serves",
    holds: (actor, p) => actor.officeCode !== null && bureauServes(actor.officeCode, p.municipalityCode),
    scope: (actor) => ({ kind: 'prefectures', codes: jurisdictionOf(actor) }),
  },
  anywhere: {
    description: "anything of the actor's own tenant",
    holds: () => true,
    scope: () => ({ kind: 'all' }),
  },
};

function jurisdictionOf(actor: Actor): string[] {
  const codes: string[] = [];
  for (let p = 1; p <= 47; p++) {
    const pref = String(p).padStart(2, '0');
    if (actor.officeCode && bureauServes(actor.officeCode, `${pref}0000`)) codes.push(pref);
  }
  return codes;
}

const COUNTER_WORK = [
  'residents.register',
  'residents.read',
  'residents.update',
  'applications.file',
  'applications.grant',
  'applications.read',
  'cards.read',
  'cards.read-chip',
  'cards.report-loss',
  'cards.resume-my-number',
] as const satisfies readonly AuthorityAction[];

const RESOURCE: Record<AuthorityAction, string> = {
  'residents.register': 'resident',
  'residents.read': 'resident',
  'residents.update': 'resident',
  'residents.find-by-card': 'resident',
  'applications.file': 'application',
  'applications.grant': 'application',
  'applications.read': 'application',
  'cards.read': 'card',
  'cards.read-chip': 'card',
  'cards.report-loss': 'card',
  'cards.resume-my-number': 'card',
  'cards.expire': 'card',
};

const rule = (role: Role, action: AuthorityAction, condition: AuthorityCondition) =>
  allow(role, action, RESOURCE[action], condition);

const rules: Rule<AuthorityAction, AuthorityCondition>[] = [
  ...COUNTER_WORK.map((a) => rule('bureau-officer', a, 'bureau-jurisdiction')),
  ...COUNTER_WORK.map((a) => rule('municipal-officer', a, 'own-municipality')),
  rule('municipal-officer', 'residents.find-by-card', 'anywhere'),
  rule('bureau-officer', 'cards.expire', 'anywhere'),
  rule('system-admin', 'cards.expire', 'anywhere'),
];

/** The authority's policy table. */
export const authorityPolicy = new Policy<AuthorityAction, AuthorityCondition, Place, PlaceScope>(
  'authority',
  ['authority'],
  rules,
  conditions,
  AUTHORITY_ACTIONS,
);

/** The officer role that handles procedures of an office. */
export function roleForOffice(office: Office): Role {
  return office === 'immigration-bureau' ? 'bureau-officer' : 'municipal-officer';
}

/** Throws DomainError('forbidden') when the actor is not an officer of the office the rules chose. */
export function authorizeOffice(actor: Pick<Actor, 'role'>, office: Office, action: AuthorityAction): void {
  const needed = roleForOffice(office);
  if (actor.role !== needed)
    throw new DomainError('forbidden', `${office} procedures need a ${needed}`, {
      details: { action, role: actor.role, office, needed },
    });
}
