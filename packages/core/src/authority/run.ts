/**
 * The authority's command frame: its policy is checked before anything is read, then the platform's
 * runCommand runs the body in one transaction with its audit events. Reads that are audited (a resident's
 * record, a chip download) run in the same frame so their audit event commits with them.
 */
import type { Context } from '../platform/context.ts';
import type { Grant } from '../platform/policies/policy.ts';
import { type CommandScope, runCommand } from '../platform/run-command.ts';
import { type AuthorityAction, authorityPolicy, type Place, type PlaceScope } from './policies.ts';

/** The grant of an authority action. */
export type AuthorityGrant = Grant<Place, PlaceScope>;

/** Authorizes `action` under the authority's policy, then runs `body` in a transaction with its audit events. */
export function runAuthority<T>(
  ctx: Context,
  action: AuthorityAction,
  body: (scope: CommandScope<AuthorityGrant>) => Promise<T>,
): Promise<T> {
  return runCommand(ctx, authorityPolicy.authorize(ctx.actor, action), body);
}

/** Authorizes `action` for a read that is not audited; returns the grant to check loaded rows with. */
export function authorizeAuthority(ctx: Context, action: AuthorityAction): AuthorityGrant {
  return authorityPolicy.authorize(ctx.actor, action);
}
