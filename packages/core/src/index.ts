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
export { type ExpireCardsResult, expireCards } from './authority/commands/expire-cards.ts';
export {
  type FileApplicationInput,
  type FileApplicationResult,
  FileApplicationSchema,
  fileApplication,
} from './authority/commands/file-application.ts';
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
export { type ListResidentsInput, listResidents } from './authority/commands/list-residents.ts';
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
export type { Application, DecisionSnapshot } from './authority/presenters/present-application.ts';
export type { Card, MyNumberFunction } from './authority/presenters/present-card.ts';
export type { Resident } from './authority/presenters/present-resident.ts';
export { runExpiryTask } from './authority/tasks/expiry-task.ts';
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
export { appendAuditEvents } from './platform/audit/append-audit-events.ts';
export { auditHash, GENESIS_HASH } from './platform/audit/audit-hash.ts';
export { canonicalJson } from './platform/audit/canonical-json.ts';
export { type ListAuditEventsInput, listAuditEvents } from './platform/audit/list-audit-events.ts';
export type { AuditEvent } from './platform/audit/present-audit-event.ts';
export { type AuditChainReport, verifyAuditChain } from './platform/audit/verify-audit-chain.ts';
export { actorOf } from './platform/auth/actor-of.ts';
export {
  CreateApiTokenSchema,
  createApiToken,
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
} from './platform/auth/create-user.ts';
export {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  SCRYPT_PARAMS,
  verifyPassword,
} from './platform/auth/password.ts';
export type { User } from './platform/auth/present-user.ts';
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
export {
  type Actor,
  type CommandContext,
  DEFAULT_TENANT,
  ROLES,
  type Role,
  systemActor,
} from './platform/context.ts';
export {
  DOMAIN_ERROR_CODES,
  DomainError,
  type DomainErrorCode,
  type DomainReason,
  type InputProblem,
} from './platform/domain-error.ts';
export { type Action, authorize, isAllowed, POLICIES, roleForOffice } from './platform/policies/policies.ts';
export type { AuditedContext } from './platform/run-command.ts';
