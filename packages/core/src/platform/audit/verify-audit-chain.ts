/**
 * Walks a tenant's audit chain from its first event and reports the first broken link — a gap in seq (a
 * deleted or missing event, including the head), a prev_hash that does not match the previous hash (an
 * inserted or reordered event), a hash that does not match the row (an edited event) — and then holds the
 * chain against its latest signed checkpoint: events at or before the checkpoint must all be there
 * (`checkpoint-ahead`: deleted at the tail) and the event at the checkpoint's seq must carry its hash
 * (`checkpoint-mismatch`: rewritten history). Without a checkpoint a deleted tail cannot be seen, and the
 * report says so (`checkpoint.status: 'none'`).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { auditHash, GENESIS_HASH } from '../../db/audit-hash.ts';
import type { Schema } from '../../db/schema.ts';
import type { AuditKey } from './audit-key.ts';
import { type AuditCheckpoint, checkpointSignatureValid, latestCheckpoint } from './checkpoints.ts';

/** How the chain compares with its latest checkpoint. */
export type CheckpointStatus =
  | 'matched'
  | 'none'
  | 'checkpoint-ahead'
  | 'checkpoint-mismatch'
  | 'signature-invalid'
  | 'not-checked';

/** Statuses of a checkpoint comparison. */
export const CHECKPOINT_STATUSES = [
  'matched',
  'none',
  'checkpoint-ahead',
  'checkpoint-mismatch',
  'signature-invalid',
  'not-checked',
] as const satisfies readonly CheckpointStatus[];

/** Result of verifying one chain (the contract of `GET /audit/verify` and `zairyu audit verify --json`). */
export const AuditChainReportSchema = z.object({
  ok: z.boolean(),
  tenantId: z.string(),
  checked: z
    .number()
    .int()
    .meta({ description: 'Events checked before the first broken link (all when ok)' }),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  checkpoint: z.object({
    status: z.enum(CHECKPOINT_STATUSES),
    seq: z.number().int().nullable(),
    at: z.string().nullable(),
  }),
});

/** Result of verifying one chain. */
export type AuditChainReport = z.infer<typeof AuditChainReportSchema>;

/** Options of verifyAuditChain. */
export interface VerifyAuditChainOptions {
  /** The checkpoint to hold the chain against (default: the latest stored one). */
  checkpoint?: AuditCheckpoint | null;
  /** The key checkpoints must be signed with; without it the signature is not checked. */
  key?: AuditKey | null;
}

const PAGE = 1000;

/** Verifies one tenant's chain (and, when there is one, against its latest checkpoint). */
export async function verifyAuditChain(
  db: Kysely<Schema>,
  tenantId: string,
  options: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> {
  let prev = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  const hashes = new Map<number, string>();
  let firstBroken: AuditChainReport['firstBroken'] = null;
  let head: AuditChainReport['head'] = null;
  walk: for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('seq', '>=', expected)
      .orderBy('seq', 'asc')
      .limit(PAGE)
      .execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      if (row.seq !== expected) {
        firstBroken = { seq: expected, reason: 'seq-gap' };
        break walk;
      }
      if (row.prev_hash !== prev) {
        firstBroken = { seq: row.seq, reason: 'prev-hash-mismatch' };
        break walk;
      }
      let hash: string;
      try {
        const { hash: _stored, ...content } = row;
        hash = auditHash(content);
      } catch {
        firstBroken = { seq: row.seq, reason: 'malformed-row' };
        break walk;
      }
      if (hash !== row.hash) {
        firstBroken = { seq: row.seq, reason: 'hash-mismatch' };
        break walk;
      }
      hashes.set(row.seq, row.hash);
      head = { seq: row.seq, hash: row.hash };
      prev = row.hash;
      expected += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }

  const cp = options.checkpoint === undefined ? await latestCheckpoint(db, tenantId) : options.checkpoint;
  let checkpoint: AuditChainReport['checkpoint'] = { status: 'none', seq: null, at: null };
  if (cp) {
    const at = { seq: cp.seq, at: cp.at };
    if (cp.tenantId !== tenantId)
      throw new Error(`checkpoint of tenant ${cp.tenantId} given for ${tenantId}`);
    if (options.key && !checkpointSignatureValid(cp, options.key))
      checkpoint = { status: 'signature-invalid', ...at };
    else if (firstBroken && firstBroken.seq <= cp.seq) checkpoint = { status: 'not-checked', ...at };
    else if (!hashes.has(cp.seq) && cp.seq > 0) checkpoint = { status: 'checkpoint-ahead', ...at };
    else if (cp.seq > 0 && hashes.get(cp.seq) !== cp.hash)
      checkpoint = { status: 'checkpoint-mismatch', ...at };
    else checkpoint = { status: 'matched', ...at };
    if (!firstBroken && checkpoint.status === 'checkpoint-ahead')
      firstBroken = { seq: (head?.seq ?? 0) + 1, reason: 'checkpoint-ahead' };
    if (!firstBroken && checkpoint.status === 'checkpoint-mismatch')
      firstBroken = { seq: cp.seq, reason: 'checkpoint-mismatch' };
    if (!firstBroken && checkpoint.status === 'signature-invalid')
      firstBroken = { seq: cp.seq, reason: 'checkpoint-signature-invalid' };
  }
  return { ok: firstBroken === null, tenantId, checked, head, firstBroken, checkpoint };
}
