/**
 * What the HTTP app runs on, chosen by the composition root (start.ts or a test).
 */
import type { Clock, CommandContext, SandboxCa } from '@zairyu/core';

/** Dependencies of the app. */
export interface AppDeps {
  db: CommandContext['db'];
  dialect: 'sqlite' | 'postgres';
  clock: Clock;
  ca: SandboxCa;
  tenantId: string;
  /** Requests per minute per client address (default 600; login is limited to 20). */
  rateLimit?: number;
  /** Log level (default info; 'silent' in tests). */
  logLevel?: string;
}
