/**
 * Walks the audit chain from the first event and reports the first broken link: a gap in seq, a prev_hash
 * that does not match the previous hash, or a hash that does not match the row (an edited row).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

/** Result of verifyAuditChain. */
export interface AuditChainReport {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

const PAGE = 1000;

/** Verifies the whole chain (all tenants, in seq order). */
export async function verifyAuditChain(db: Kysely<Schema>): Promise<AuditChainReport> {
  let prev = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expected)
      .orderBy('seq', 'asc')
      .limit(PAGE)
      .execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      const broken = (reason: string): AuditChainReport => ({
        ok: false,
        checked,
        firstBroken: { seq: row.seq, reason },
      });
      if (row.seq !== expected) return broken('seq-gap');
      if (row.prev_hash !== prev) return broken('prev-hash-mismatch');
      let hash: string;
      try {
        const { hash: _stored, ...content } = row;
        hash = auditHash(content);
      } catch {
        return broken('malformed-row');
      }
      if (hash !== row.hash) return broken('hash-mismatch');
      prev = row.hash;
      expected += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, checked, firstBroken: null };
}
