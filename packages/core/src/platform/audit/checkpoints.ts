/**
 * Signed checkpoints of each audit chain's head: "tenant T's chain had `seq` events ending in `hash` at `at`",
 * signed with the server's Ed25519 key. They are written on a schedule and at shutdown into
 * `audit_checkpoints`, and exported as JSON Lines to a file that can live elsewhere (append-only). A verifier
 * holding a checkpoint detects any deletion at the tail, and any insertion, edit or reordering before it.
 */
import { sign, verify } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../db/canonical-json.ts';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';
import type { AuditKey } from './audit-key.ts';

/** The type tag of a checkpoint document. */
export const CHECKPOINT_TYPE = 'zairyu.audit-checkpoint';

/** A signed checkpoint, as stored and exported. */
export interface AuditCheckpoint {
  type: typeof CHECKPOINT_TYPE;
  version: 1;
  tenantId: string;
  /** Number of events in the chain = seq of its head. */
  seq: number;
  /** Hash of the head event. */
  hash: string;
  at: string;
  keyId: string;
  /** Ed25519 over the canonical JSON of the other fields, base64url. */
  signature: string;
}

function signedPart(c: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      type: c.type,
      version: c.version,
      tenantId: c.tenantId,
      seq: c.seq,
      hash: c.hash,
      at: c.at,
      keyId: c.keyId,
    }),
  );
}

/** True when the checkpoint's signature is valid under the key (and names that key). */
export function checkpointSignatureValid(c: AuditCheckpoint, key: AuditKey): boolean {
  if (c.keyId !== key.keyId) return false;
  try {
    return verify(null, signedPart(c), key.publicKey, Buffer.from(c.signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Signs a checkpoint of a chain head. */
export function signCheckpoint(
  head: { tenantId: string; seq: number; hash: string; at: string },
  key: AuditKey,
): AuditCheckpoint {
  if (!key.privateKey) throw new Error('signing an audit checkpoint needs the private key');
  const unsigned: Omit<AuditCheckpoint, 'signature'> = {
    type: CHECKPOINT_TYPE,
    version: 1,
    tenantId: head.tenantId,
    seq: head.seq,
    hash: head.hash,
    at: head.at,
    keyId: key.keyId,
  };
  return { ...unsigned, signature: sign(null, signedPart(unsigned), key.privateKey).toString('base64url') };
}

/** Every chain in the database: the tenants' and any other chain that has events (the platform chain). */
export async function chainIds(db: Kysely<Schema>): Promise<string[]> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  const withEvents = await db.selectFrom('audit_events').select('tenant_id').distinct().execute();
  return [...new Set([...tenants.map((t) => t.id), ...withEvents.map((e) => e.tenant_id)])].sort();
}

/** The head of a chain (null when it has no events). */
export async function chainHead(
  db: Kysely<Schema>,
  tenantId: string,
): Promise<{ seq: number; hash: string } | null> {
  const row = await db
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', tenantId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/** The latest stored checkpoint of a chain, or null. */
export async function latestCheckpoint(
  db: Kysely<Schema>,
  tenantId: string,
): Promise<AuditCheckpoint | null> {
  const row = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('seq', 'desc')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        type: CHECKPOINT_TYPE,
        version: 1,
        tenantId: row.tenant_id,
        seq: Number(row.seq),
        hash: row.hash,
        at: row.at,
        keyId: row.key_id,
        signature: row.signature,
      }
    : null;
}

/**
 * Writes a signed checkpoint of every chain (or the given ones) whose head moved since its last checkpoint;
 * returns the new checkpoints (each also stored in audit_checkpoints).
 */
export async function writeCheckpoints(
  db: Kysely<Schema>,
  key: AuditKey,
  clock: Clock,
  tenantIds?: string[],
): Promise<AuditCheckpoint[]> {
  const out: AuditCheckpoint[] = [];
  for (const tenantId of tenantIds ?? (await chainIds(db))) {
    const head = await chainHead(db, tenantId);
    if (!head) continue;
    const last = await latestCheckpoint(db, tenantId);
    if (last && last.seq === head.seq && last.hash === head.hash) continue;
    const now = clock.now();
    const c = signCheckpoint({ tenantId, ...head, at: now.toISOString() }, key);
    await db
      .insertInto('audit_checkpoints')
      .values({
        id: newId('ckp', now),
        tenant_id: c.tenantId,
        seq: c.seq,
        hash: c.hash,
        at: c.at,
        key_id: c.keyId,
        signature: c.signature,
      })
      .execute();
    out.push(c);
  }
  return out;
}

/** Parses JSON Lines of checkpoints (an exported file); throws naming the line of a malformed one. */
export function parseCheckpointLines(text: string): AuditCheckpoint[] {
  const out: AuditCheckpoint[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`checkpoint file line ${i + 1}: not JSON`);
    }
    const c = v as Partial<AuditCheckpoint>;
    if (
      c?.type !== CHECKPOINT_TYPE ||
      c.version !== 1 ||
      typeof c.tenantId !== 'string' ||
      !Number.isInteger(c.seq) ||
      typeof c.hash !== 'string' ||
      typeof c.at !== 'string' ||
      typeof c.keyId !== 'string' ||
      typeof c.signature !== 'string'
    )
      throw new Error(`checkpoint file line ${i + 1}: not a ${CHECKPOINT_TYPE} version 1`);
    out.push(c as AuditCheckpoint);
  }
  return out;
}

/** The latest checkpoint per tenant among many (by seq, then time). */
export function latestPerTenant(list: AuditCheckpoint[]): Map<string, AuditCheckpoint> {
  const m = new Map<string, AuditCheckpoint>();
  for (const c of list) {
    const prev = m.get(c.tenantId);
    if (!prev || c.seq > prev.seq || (c.seq === prev.seq && c.at > prev.at)) m.set(c.tenantId, c);
  }
  return m;
}
