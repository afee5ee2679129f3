/**
 * What the HTTP app runs on, chosen by the composition root (start.ts or a test).
 */
import type { AuditKey, Clock, CommandContext, SandboxCa } from '@zairyu/core';

/** Dependencies of the app. */
export interface AppDeps {
  db: CommandContext['db'];
  dialect: 'sqlite' | 'postgres';
  clock: Clock;
  ca: SandboxCa;
  /** The key audit checkpoints are signed with (verification of the tenant's chain uses its public half). */
  auditKey?: AuditKey | null;
  /** Requests per minute per client address (default 600; login is limited to 20). */
  rateLimit?: number;
  /** Log level (default info; 'silent' in tests). */
  logLevel?: string;
  /** Trust X-Forwarded-* from a TLS-terminating proxy in front (session cookies become Secure). */
  trustProxy?: boolean | string;
  /** The built web app to serve at /, /counter and /employer (packages/web/dist); none when absent or not built. */
  webRoot?: string | null;
}
