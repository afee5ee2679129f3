/**
 * The one schema type of the back office, shared by SQLite and PostgreSQL: text ids, ISO dates and instants
 * as text, booleans as integer 0/1, JSON as text. Every tenant-owned row carries tenant_id. No column ever
 * holds an individual number (個人番号).
 */

/** Tenants: the sandbox issuing authority, employers (ADR 0003). */
export interface TenantsTable {
  id: string;
  /** `authority` or `employer`. */
  kind: string;
  name: string;
  /** JSON object of the tenant's settings (validated by its kind). */
  settings: string;
  created_at: string;
}

/** Accounts of counter staff, HR staff and administrators; usernames are unique per tenant. */
export interface UsersTable {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  role: string;
  office_code: string | null;
  /** `scrypt$N$r$p$salt$hash` (base64url). */
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

/** Login sessions; `id` is the SHA-256 of the session id the browser holds. */
export interface SessionsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Bearer tokens for programs; only the SHA-256 of the token is kept. */
export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Foreign residents known to the sandbox authority. */
export interface ResidentsTable {
  id: string;
  tenant_id: string;
  family_name: string;
  given_name: string;
  birth_date: string;
  sex: string;
  nationality: string;
  status: string;
  period_of_stay: string;
  stay_expiry: string | null;
  resident_record: number;
  address: string;
  address_latin: string | null;
  municipality_code: string;
  /** Kind of the last permission (landing, extension-of-stay, change-of-status, permanent-residence). */
  permission_kind: string;
  permission_date: string;
  created_at: string;
  updated_at: string;
}

/** Applications filed at a counter, with the rules' decision snapshot (JSON). */
export interface ApplicationsTable {
  id: string;
  tenant_id: string;
  resident_id: string;
  procedure: string;
  channel: string;
  request_specified_card: number;
  photo_with_procedure: number | null;
  lost_on: string | null;
  police_receipt_number: string | null;
  office: string;
  status: string;
  filed_on: string;
  filed_at: string;
  filed_by: string;
  decision_json: string;
  granted_at: string | null;
  granted_by: string | null;
  /** The municipality the application is for: the resident's 住居地, or the destination of a move. */
  municipality_code: string | null;
  /** `counter` (filed here) or `recorded` (filed before the resident was registered here). */
  origin: string;
}

/** Cards issued, each with its chip image (card.json without the My Number file). */
export interface CardsTable {
  id: string;
  tenant_id: string;
  resident_id: string;
  application_id: string | null;
  card_number: string;
  kind: string;
  card_type: string;
  state: string;
  issued_on: string;
  expires_on: string;
  chip_json: string;
  my_number_state: string | null;
  my_number_expires_on: string | null;
  my_number_suspended_at: string | null;
  my_number_suspend_channel: string | null;
  replaced_by: string | null;
  state_changed_at: string;
  created_at: string;
}

/** Loss reports (police receipt, suspension, re-issue deadline). */
export interface LossReportsTable {
  id: string;
  tenant_id: string;
  card_id: string;
  lost_on: string;
  police_receipt_number: string;
  suspend_channel: string;
  reissue_deadline: string | null;
  reported_at: string;
  found_at: string | null;
}

/** The audit log, one hash chain per tenant (primary key tenant_id + seq): field names, never values. */
export interface AuditEventsTable {
  tenant_id: string;
  /** Position in the tenant's chain, from 1 without gaps. */
  seq: number;
  at: string;
  actor_id: string;
  actor_role: string;
  office_code: string | null;
  request_id: string;
  event: string;
  subject_type: string;
  subject_id: string;
  /** JSON array of changed field names. */
  changed_fields: string;
  prev_hash: string;
  hash: string;
}

/** Signed checkpoints of each chain head (count = seq of the head). */
export interface AuditCheckpointsTable {
  id: string;
  tenant_id: string;
  seq: number;
  hash: string;
  at: string;
  key_id: string;
  /** Ed25519 signature (base64url) over the checkpoint's canonical JSON. */
  signature: string;
}

/**
 * The scheduler's bookkeeping: one row per task with its lease (held while it runs, on both databases) and the
 * last due time done. On PostgreSQL the job engine decides which due times to run; the row still records them.
 */
export interface TaskRunsTable {
  name: string;
  /** When a scheduler first knew the task (due times before it are not caught up; migration 0003). */
  known_since: string | null;
  last_due_at: string | null;
  last_started_at: string | null;
  last_finished_at: string | null;
  last_result: string | null;
  lease_owner: string | null;
  lease_until: string | null;
}

/** The database. */
export interface Schema {
  tenants: TenantsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  residents: ResidentsTable;
  applications: ApplicationsTable;
  cards: CardsTable;
  loss_reports: LossReportsTable;
  audit_events: AuditEventsTable;
  audit_checkpoints: AuditCheckpointsTable;
  task_runs: TaskRunsTable;
}
