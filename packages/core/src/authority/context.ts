/**
 * The context of the authority's commands: the platform's (database, clock, actor, request, tenant) plus the
 * sandbox CA that signs the chips it issues.
 */
import type { SandboxCa } from '@zairyu/card';
import type { Context } from '../platform/context.ts';

/** Everything an authority command needs besides its input. */
export interface CommandContext extends Context {
  ca: SandboxCa;
}
