/**
 * @zairyu/core — the sandbox issuing authority's back office: persistence (SQLite or PostgreSQL through one
 * Kysely schema), declarative policies, commands (one use case, one transaction, its audit events), the
 * hash-chained audit log, staff accounts, sessions and API tokens, the expiry task and the demo data set.
 * No HTTP here: the server maps DomainError codes to responses.
 */

// The sandbox CA, re-exported for composition roots that may import core but not card (the server).
export {
  createSandboxCa,
  exportSandboxCaPublic,
  loadSandboxCa,
  type SandboxCa,
  SandboxCaError,
  saveSandboxCa,
} from '@zairyu/card';
export {
  type ExpireCardsResult,
  ExpireCardsResultSchema,
  expireCards,
} from './authority/commands/expire-cards.ts';
export {
  type FileApplicationInput,
  type FileApplicationResult,
  FileApplicationSchema,
  fileApplication,
} from './authority/commands/file-application.ts';
export {
  FindResidentByCardSchema,
  findResidentByCard,
} from './authority/commands/find-resident-by-card.ts';
export { getApplication, listApplications } from './authority/commands/get-application.ts';
export { getCard } from './authority/commands/get-card.ts';
export { getCardChip } from './authority/commands/get-card-chip.ts';
export { getResident } from './authority/commands/get-resident.ts';
export {
  type GrantApplicationInput,
  type GrantApplicationResult,
  GrantApplicationSchema,
  grantApplication,
} from './authority/commands/grant-application.ts';
export { listCards } from './authority/commands/list-cards.ts';
export {
  type ListResidentsInput,
  listResidents,
  ResidentSearchSchema,
} from './authority/commands/list-residents.ts';
export { type ListWorkQueueInput, listWorkQueue } from './authority/commands/list-work-queue.ts';
export { readCardChip } from './authority/commands/read-card-chip.ts';
export { registerResident } from './authority/commands/register-resident.ts';
export {
  type LossReport,
  type ReportLossInput,
  type ReportLossResult,
  ReportLossSchema,
  reportLoss,
  SUSPEND_CHANNELS,
} from './authority/commands/report-loss.ts';
export { ResumeMyNumberSchema, resumeMyNumber } from './authority/commands/resume-my-number.ts';
export { type UpdateResidentInput, updateResident } from './authority/commands/update-resident.ts';
export type { CommandContext } from './authority/context.ts';
export { type DemoSeed, demoIssueDay, type SeedDemoOptions, seedDemo } from './authority/demo/seed-demo.ts';
export {
  CARD_STATES,
  CARD_TRANSITIONS,
  type CardState,
  canTransitionCard,
  MY_NUMBER_STATES,
  MY_NUMBER_TRANSITIONS,
  type MyNumberState,
} from './authority/domain/card-state.ts';
export {
  type ResidentFields,
  type ResidentFieldsInput,
  ResidentFieldsSchema,
  SEXES,
} from './authority/domain/resident-fields.ts';
export {
  AUTHORITY_ACTIONS,
  type AuthorityAction,
  authorityPolicy,
  authorizeOffice,
  type Place,
  type PlaceScope,
  roleForOffice,
} from './authority/policies.ts';
export {
  type Application,
  ApplicationSchema,
  type DecisionSnapshot,
  DecisionSnapshotSchema,
} from './authority/presenters/present-application.ts';
export {
  type Card,
  CardSchema,
  type MyNumberFunction,
  MyNumberFunctionSchema,
} from './authority/presenters/present-card.ts';
export {
  type ChipRead,
  ChipReadSchema,
  VerdictEntrySchema,
} from './authority/presenters/present-chip-read.ts';
export { type Resident, ResidentSchema } from './authority/presenters/present-resident.ts';
export {
  type WorkQueueItem,
  WorkQueueItemSchema,
} from './authority/presenters/present-work-queue-item.ts';
export {
  FileApplicationResultSchema,
  GrantApplicationResultSchema,
  LossReportSchema,
  ReportLossResultSchema,
} from './authority/presenters/results.ts';
export { authorityTasks } from './authority/tasks/authority-tasks.ts';
export { runExpiryTask } from './authority/tasks/expiry-task.ts';
export { auditHash, GENESIS_HASH } from './db/audit-hash.ts';
export { canonicalJson } from './db/canonical-json.ts';
export { isPostgres } from './db/dialect-of.ts';
export { migrate, migrationStatus } from './db/migrate.ts';
export { MIGRATIONS, migrationProvider } from './db/migrations.ts';
export {
  DEFAULT_SQLITE_FILE,
  type DialectName,
  isPostgresUrl,
  type OpenDatabase,
  type OpenDatabaseOptions,
  openDatabase,
} from './db/open-database.ts';
export type { Schema } from './db/schema.ts';
export type { AuditEventInput, AuditMeta } from './platform/audit/append-audit-events.ts';
export {
  AUDIT_LOCK_KEY,
  appendAuditEvents,
  lockAuditChain,
  recordAuditEvents,
} from './platform/audit/append-audit-events.ts';
export {
  type AuditKey,
  auditKeyFromPem,
  auditPublicKeyPem,
  DEFAULT_AUDIT_KEY_FILE,
  loadOrCreateAuditKey,
  newAuditKey,
} from './platform/audit/audit-key.ts';
export {
  type AuditCheckpoint,
  chainHead,
  chainIds,
  latestCheckpoint,
  latestPerTenant,
  parseCheckpointLines,
  signCheckpoint,
  writeCheckpoints,
} from './platform/audit/checkpoints.ts';
export {
  type ListAuditEventsInput,
  listAuditEvents,
  verifyTenantAudit,
} from './platform/audit/list-audit-events.ts';
export { type AuditEvent, AuditEventSchema } from './platform/audit/present-audit-event.ts';
export {
  type AuditChainReport,
  AuditChainReportSchema,
  type CheckpointStatus,
  verifyAuditChain,
} from './platform/audit/verify-audit-chain.ts';
export { actorOf } from './platform/auth/actor-of.ts';
export {
  type ApiToken,
  ApiTokenSchema,
  CreateApiTokenSchema,
  createApiToken,
  listApiTokens,
  NewApiTokenSchema,
  revokeApiToken,
  verifyApiToken,
} from './platform/auth/api-tokens.ts';
export { authenticate } from './platform/auth/authenticate.ts';
export { bootstrapAdmin, hasNoUsers, randomPassword } from './platform/auth/bootstrap-admin.ts';
export {
  type CreateUserInput,
  CreateUserSchema,
  createUser,
  listUsers,
  PASSWORD,
  resetPassword,
  USERNAME,
} from './platform/auth/create-user.ts';
export {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  SCRYPT_PARAMS,
  verifyPassword,
} from './platform/auth/password.ts';
export { type User, UserSchema } from './platform/auth/present-user.ts';
export {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  getSession,
  type NewSession,
  SESSION_TTL_MS,
} from './platform/auth/sessions.ts';
export {
  type Clock,
  fixedClock,
  japanDate,
  type MovableClock,
  movableClock,
  systemClock,
} from './platform/clock.ts';
export { type Actor, actorFor, type Context, systemActor } from './platform/context.ts';
export {
  DOMAIN_ERROR_CODES,
  DomainError,
  type DomainErrorCode,
  type DomainReason,
  type InputProblem,
  invalidInput,
  notFound,
} from './platform/domain-error.ts';
export {
  PLATFORM_ACTIONS,
  type PlatformAction,
  platformPolicy,
} from './platform/policies/platform-policy.ts';
export { allow, type Condition, Grant, Policy, type Rule } from './platform/policies/policy.ts';

import { authorityPolicy as authority } from './authority/policies.ts';
import type { Actor } from './platform/context.ts';
import { platformPolicy as platform } from './platform/policies/platform-policy.ts';

/** Every policy table of the platform (the employer's joins here). */
export const POLICIES = [platform, authority] as const;

/** True when some policy gives the actor's role a rule for the action (the route-level check before input validation). */
export function permitsAction(actor: Pick<Actor, 'role' | 'tenantKind'>, action: string): boolean {
  return POLICIES.some(
    (p) => (p.actions as readonly string[]).includes(action) && p.permits(actor, action as never),
  );
}

/**
 * Every action some policy gives the actor's role in its tenant's kind (what a console may offer; each is still
 * checked, with its conditions, when it runs), in policy order.
 */
export function permittedActions(actor: Pick<Actor, 'role' | 'tenantKind'>): string[] {
  return POLICIES.flatMap((p) =>
    (p.actions as readonly string[]).filter((a) => p.permits(actor, a as never)),
  );
}

/** True when some policy defines the action. */
export function isKnownAction(action: string): boolean {
  return POLICIES.some((p) => (p.actions as readonly string[]).includes(action));
}
export {
  CARD_INVALID_REASONS,
  type CardValidity,
  CardValiditySchema,
  checkCardValidity,
} from './authority/commands/check-card-validity.ts';
export { type CommandScope, runCommand } from './platform/run-command.ts';
export {
  installTaskEngine,
  taskEngineSchema,
  taskEngineSchemaFor,
  taskJobIdentifier,
} from './platform/tasks/engine-scheduler.ts';
export type { Scheduler, SchedulerOptions } from './platform/tasks/lease-scheduler.ts';
export { platformTasks } from './platform/tasks/platform-tasks.ts';
export {
  runTaskByHand,
  type TaskLog,
  TaskRunError,
  type TaskRunResult,
  taskRequestId,
} from './platform/tasks/run-task.ts';
export {
  dailyAt,
  every,
  formatSchedule,
  latestDueAt,
  nextDueAt,
  parseSchedule,
  type Schedule,
  ScheduleError,
} from './platform/tasks/schedule.ts';
export {
  checkTaskList,
  type ScheduledTask,
  type TaskContext,
  type TaskOutcome,
  withSchedules,
} from './platform/tasks/scheduled-task.ts';
export { schedulerOwner, startScheduler } from './platform/tasks/start-scheduler.ts';
export { listTaskRuns } from './platform/tasks/task-runs.ts';
export {
  ADMIN_ROLE,
  DEFAULT_TENANT,
  isRoleOfKind,
  kindOfRole,
  PLATFORM_CHAIN,
  ROLES,
  ROLES_BY_KIND,
  type Role,
  TENANT_ID_PATTERN,
  TENANT_KINDS,
  type TenantKind,
} from './platform/tenants/tenant-kinds.ts';
export {
  CreateTenantSchema,
  createTenant,
  getOwnTenant,
  getTenantRow,
  listTenants,
  type Tenant,
  TenantSchema,
} from './platform/tenants/tenants.ts';
