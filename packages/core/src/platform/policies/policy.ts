/**
 * Declarative policies in outline's shape — `allow(role, action, resource, condition)` — checked before a
 * command runs. A policy is a table of rules for some kinds of tenant plus the conditions its rules name; each
 * condition has two faces: `holds` tests one resource (a read, an update), `scope` limits a list query to
 * what the actor may see. `authorize` refuses a role with no rule for the action before anything is read;
 * the Grant it returns checks the resource once the command has loaded it. Tenant isolation is not a
 * condition: every repository read takes the actor's tenant, so another tenant's rows are never found.
 */
import type { Actor } from '../context.ts';
import { DomainError } from '../domain-error.ts';
import type { Role, TenantKind } from '../tenants/tenant-kinds.ts';

/** One row of a policy table: `role` may run `action` on a `resource` when `condition` holds. */
export interface Rule<A extends string = string, C extends string = string> {
  role: Role;
  action: A;
  /** The kind of resource the action is about (documentation and the OpenAPI extension). */
  resource: string;
  condition: C;
}

/** A rule: `role` may run `action` on `resource` when `condition` holds. */
export function allow<A extends string, C extends string>(
  role: Role,
  action: A,
  resource: string,
  condition: C,
): Rule<A, C> {
  return Object.freeze({ role, action, resource, condition });
}

/** A condition of a policy: a test on one resource, and the scope it puts on list queries. */
export interface Condition<Res, Scope> {
  /** One line for people (ADR 0003, the policy table). */
  description: string;
  holds(actor: Actor, resource: Res): boolean;
  scope(actor: Actor): Scope;
}

/** What authorize() hands the command: the conditions that apply to this actor and action. */
export class Grant<Res, Scope> {
  constructor(
    readonly actor: Actor,
    readonly action: string,
    private readonly applicable: readonly Condition<Res, Scope>[],
  ) {}

  /** True when some applicable rule's condition holds for the resource. */
  allows(resource: Res): boolean {
    return this.applicable.some((c) => c.holds(this.actor, resource));
  }

  /** Throws DomainError('forbidden') unless some applicable rule's condition holds for the resource. */
  check(resource: Res, what = 'the resource'): void {
    if (!this.allows(resource))
      throw new DomainError(
        'forbidden',
        `${what} is outside what role ${this.actor.role} may ${this.action}`,
        { details: { action: this.action, role: this.actor.role, reason: 'outside-scope' } },
      );
  }

  /** The scopes a list query is limited to (a row in any one of them may be listed). */
  scopes(): Scope[] {
    return this.applicable.map((c) => c.scope(this.actor));
  }
}

/** The policy of some kinds of tenant (the platform's covers every kind). */
export class Policy<A extends string, C extends string, Res, Scope> {
  readonly actions: readonly A[];

  constructor(
    readonly name: string,
    readonly kinds: readonly TenantKind[],
    readonly rules: readonly Rule<A, C>[],
    readonly conditions: Readonly<Record<C, Condition<Res, Scope>>>,
    actions: readonly A[],
  ) {
    this.actions = Object.freeze([...actions]);
    for (const r of rules)
      if (!actions.includes(r.action)) throw new Error(`policy ${name}: rule for unknown action ${r.action}`);
  }

  /** The roles with at least one rule for the action. */
  rolesFor(action: A): Role[] {
    return [...new Set(this.rules.filter((r) => r.action === action).map((r) => r.role))];
  }

  /** True when the actor's role (in a tenant of this policy's kinds) has a rule for the action. */
  permits(actor: Pick<Actor, 'role' | 'tenantKind'>, action: A): boolean {
    return (
      this.kinds.includes(actor.tenantKind) &&
      this.rules.some((r) => r.action === action && r.role === actor.role)
    );
  }

  /** Refuses (DomainError 'forbidden') a role without a rule for the action; else the Grant to check with. */
  authorize(actor: Actor, action: A): Grant<Res, Scope> {
    if (!this.permits(actor, action))
      throw new DomainError('forbidden', `role ${actor.role} may not ${action}`, {
        details: { action, role: actor.role, allowed: this.rolesFor(action) },
      });
    const applicable = this.rules
      .filter((r) => r.action === action && r.role === actor.role)
      .map((r) => this.conditions[r.condition]);
    return new Grant<Res, Scope>(actor, action, applicable);
  }

  /** The table as rows for people and tests: role, action, resource, condition and its description. */
  table(): { role: Role; action: A; resource: string; condition: C; description: string }[] {
    return this.rules.map((r) => ({ ...r, description: this.conditions[r.condition].description }));
  }
}
