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
export type { AuditEventInput, AuditMeta } from './audit/append-audit-events.ts';
export { appendAuditEvents } from './audit/append-audit-events.ts';
export { auditHash, GENESIS_HASH } from './audit/audit-hash.ts';
export { canonicalJson } from './audit/canonical-json.ts';
export { type ListAuditEventsInput, listAuditEvents } from './audit/list-audit-events.ts';
export { type AuditChainReport, verifyAuditChain } from './audit/verify-audit-chain.ts';
export { actorOf } from './auth/actor-of.ts';
export { CreateApiTokenSchema, createApiToken, revokeApiToken, verifyApiToken } from './auth/api-tokens.ts';
export { authenticate } from './auth/authenticate.ts';
export { bootstrapAdmin, hasNoUsers, randomPassword } from './auth/bootstrap-admin.ts';
export { type CreateUserInput, CreateUserSchema, createUser, listUsers } from './auth/create-user.ts';
export { hashPassword, MIN_PASSWORD_LENGTH, SCRYPT_PARAMS, verifyPassword } from './auth/password.ts';
export {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  getSession,
  type NewSession,
  SESSION_TTL_MS,
} from './auth/sessions.ts';
export { type Clock, fixedClock, japanDate, type MovableClock, movableClock, systemClock } from './clock.ts';
export { type ExpireCardsResult, expireCards } from './commands/expire-cards.ts';
export {
  type FileApplicationInput,
  type FileApplicationResult,
  FileApplicationSchema,
  fileApplication,
} from './commands/file-application.ts';
export { getApplication, listApplications } from './commands/get-application.ts';
export { getCard } from './commands/get-card.ts';
export { getCardChip } from './commands/get-card-chip.ts';
export { getResident } from './commands/get-resident.ts';
export {
  type GrantApplicationInput,
  type GrantApplicationResult,
  GrantApplicationSchema,
  grantApplication,
} from './commands/grant-application.ts';
export { listCards } from './commands/list-cards.ts';
export { type ListResidentsInput, listResidents } from './commands/list-residents.ts';
export { registerResident } from './commands/register-resident.ts';
export {
  type LossReport,
  type ReportLossInput,
  type ReportLossResult,
  ReportLossSchema,
  reportLoss,
  SUSPEND_CHANNELS,
} from './commands/report-loss.ts';
export { ResumeMyNumberSchema, resumeMyNumber } from './commands/resume-my-number.ts';
export type { AuditedContext } from './commands/run-command.ts';
export { type UpdateResidentInput, updateResident } from './commands/update-resident.ts';
export {
  type Actor,
  type CommandContext,
  DEFAULT_TENANT,
  ROLES,
  type Role,
  systemActor,
} from './context.ts';
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
export { type DemoSeed, demoIssueDay, type SeedDemoOptions, seedDemo } from './demo/seed-demo.ts';
export {
  CARD_STATES,
  CARD_TRANSITIONS,
  type CardState,
  canTransitionCard,
  MY_NUMBER_STATES,
  MY_NUMBER_TRANSITIONS,
  type MyNumberState,
} from './domain/card-state.ts';
export {
  type ResidentFields,
  type ResidentFieldsInput,
  ResidentFieldsSchema,
  SEXES,
} from './domain/resident-fields.ts';
export {
  DOMAIN_ERROR_CODES,
  DomainError,
  type DomainErrorCode,
  type DomainReason,
  type InputProblem,
} from './domain-error.ts';
export { type Action, authorize, isAllowed, POLICIES, roleForOffice } from './policies/policies.ts';
export type { Application, DecisionSnapshot } from './presenters/present-application.ts';
export type { AuditEvent } from './presenters/present-audit-event.ts';
export type { Card, MyNumberFunction } from './presenters/present-card.ts';
export type { Resident } from './presenters/present-resident.ts';
export type { User } from './presenters/present-user.ts';
export { runExpiryTask } from './tasks/expiry-task.ts';
