/**
 * `zairyu db migrate|status` and `zairyu audit verify|checkpoint`: operations on the database. The audit
 * commands work per tenant chain (every chain by default): `verify` walks each chain and holds it against its
 * latest signed checkpoint — from `--checkpoint FILE` when given (an export kept elsewhere), else from the
 * database; `checkpoint --out FILE` signs the chain heads now and appends them to FILE (JSON Lines).
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import type { AuditChainReport, AuditCheckpoint, AuditKey } from '@zairyu/core';
import { Command } from 'commander';
import { CARD_EXIT, CliError } from './card-common.ts';
import { core, withDb, withMigratedDb } from './db-common.ts';

type Run = (fn: () => Promise<number>) => Promise<void>;

/** The audit key file: --audit-key, else $ZAIRYU_AUDIT_KEY, else ./data/audit-signing-key.pem. */
async function auditKeyFile(option?: string): Promise<string> {
  return option ?? process.env.ZAIRYU_AUDIT_KEY ?? (await core()).DEFAULT_AUDIT_KEY_FILE;
}

/** Builds `db`. */
export function dbCommand(run: Run): Command {
  const db = new Command('db').description(
    'the database (SQLite ./data/zairyu.sqlite, or PostgreSQL with DATABASE_URL)',
  );
  db.addCommand(
    new Command('migrate')
      .description('apply pending migrations')
      .option('--db <file>', 'SQLite file')
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db: k, dialect }) => {
            const applied = await (await core()).migrate(k);
            process.stdout.write(
              applied.length ? `${dialect}: applied ${applied.join(', ')}\n` : `${dialect}: up to date\n`,
            );
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  db.addCommand(
    new Command('status')
      .description('list migrations and whether they are applied')
      .option('--db <file>', 'SQLite file')
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db: k, dialect }) => {
            const status = await (await core()).migrationStatus(k);
            process.stdout.write(`${dialect}\n`);
            for (const m of status)
              process.stdout.write(
                `  ${m.appliedAt ? 'applied' : 'pending'}  ${m.name}${m.appliedAt ? `  ${m.appliedAt}` : ''}\n`,
              );
            return status.some((m) => !m.appliedAt) ? 1 : 0;
          }),
        ),
      )
      .exitOverride(),
  );
  return db.exitOverride();
}

function describeReport(r: AuditChainReport): string {
  const cp = r.checkpoint;
  const against =
    cp.status === 'none'
      ? 'no checkpoint (a deleted tail cannot be seen)'
      : cp.status === 'matched'
        ? `checkpoint #${cp.seq} of ${cp.at} matched`
        : `checkpoint #${cp.seq} of ${cp.at}: ${cp.status}`;
  if (r.ok) return `audit chain OK: ${r.checked} events (tenant ${r.tenantId}; ${against})\n`;
  return `audit chain BROKEN at event #${r.firstBroken?.seq}: ${r.firstBroken?.reason} (checked ${r.checked}; tenant ${r.tenantId}; ${against})\n`;
}

/** Builds `audit`. */
export function auditCommand(run: Run): Command {
  const audit = new Command('audit').description('the hash-chained audit log, one chain per tenant');
  audit.addCommand(
    new Command('verify')
      .description(
        'check each tenant chain against its latest signed checkpoint; report the first broken link',
      )
      .option('--tenant <id>', 'only this chain (default: every chain)')
      .option(
        '--checkpoint <file>',
        'checkpoints exported with `audit checkpoint --out` (default: the database’s own)',
      )
      .option(
        '--audit-key <file>',
        'the signing key or its public key (PEM) to check checkpoint signatures with',
      )
      .option('--json', 'one report per line')
      .option('--db <file>', 'SQLite file')
      .action((o: { tenant?: string; checkpoint?: string; auditKey?: string; json?: boolean; db?: string }) =>
        run(() =>
          withDb(o.db, async ({ db: k }) => {
            const c = await core();
            const keyFile = await auditKeyFile(o.auditKey);
            let key: AuditKey | null = null;
            if (existsSync(keyFile)) key = c.auditKeyFromPem(readFileSync(keyFile, 'utf8'));
            else if (o.auditKey) throw new CliError(`--audit-key: no such file ${o.auditKey}`);
            let fromFile: Map<string, AuditCheckpoint> | null = null;
            if (o.checkpoint) {
              if (!existsSync(o.checkpoint)) throw new CliError(`--checkpoint: no such file ${o.checkpoint}`);
              try {
                fromFile = c.latestPerTenant(c.parseCheckpointLines(readFileSync(o.checkpoint, 'utf8')));
              } catch (e) {
                throw new CliError(`--checkpoint: ${e instanceof Error ? e.message : String(e)}`);
              }
            }
            const chains = o.tenant
              ? [o.tenant]
              : [...new Set([...(await c.chainIds(k)), ...(fromFile ? fromFile.keys() : [])])].sort();
            let broken = 0;
            if (!key && !o.json)
              process.stderr.write(`zairyu: no audit key at ${keyFile}: checkpoint signatures not checked\n`);
            for (const tenantId of chains) {
              const r = await c.verifyAuditChain(k, tenantId, {
                key,
                ...(fromFile ? { checkpoint: fromFile.get(tenantId) ?? null } : {}),
              });
              if (!r.ok) broken += 1;
              process.stdout.write(o.json ? `${JSON.stringify(r)}\n` : describeReport(r));
            }
            return broken > 0 ? CARD_EXIT.verificationFailed : 0;
          }),
        ),
      )
      .exitOverride(),
  );
  audit.addCommand(
    new Command('checkpoint')
      .description(
        'sign every chain head now and append the latest checkpoints to FILE (JSON Lines, append-only)',
      )
      .requiredOption(
        '--out <file>',
        'file to append to — keep it somewhere the database’s administrators cannot rewrite',
      )
      .option('--tenant <id>', 'only this chain')
      .option(
        '--audit-key <file>',
        'the Ed25519 signing key (default ./data/audit-signing-key.pem; created if missing)',
      )
      .option('--db <file>', 'SQLite file')
      .action((o: { out: string; tenant?: string; auditKey?: string; db?: string }) =>
        run(() =>
          withMigratedDb(o.db, async ({ db: k }) => {
            const c = await core();
            const keyFile = await auditKeyFile(o.auditKey);
            const { key, created } = c.loadOrCreateAuditKey(keyFile);
            if (created) process.stderr.write(`zairyu: created the audit signing key ${keyFile}\n`);
            if (!key.privateKey)
              throw new CliError(`--audit-key: ${keyFile} is a public key; signing needs the private key`);
            const chains = o.tenant ? [o.tenant] : await c.chainIds(k);
            const fresh = await c.writeCheckpoints(k, key, c.systemClock, chains);
            const lines: string[] = [];
            for (const tenantId of chains) {
              const latest =
                fresh.find((x) => x.tenantId === tenantId) ?? (await c.latestCheckpoint(k, tenantId));
              if (latest) lines.push(JSON.stringify(latest));
            }
            const fd = openSync(o.out, 'a', 0o600);
            try {
              if (lines.length > 0) appendFileSync(fd, `${lines.join('\n')}\n`);
              fsyncSync(fd);
            } finally {
              closeSync(fd);
            }
            process.stdout.write(`${fresh.length} new checkpoint(s); appended ${lines.length} to ${o.out}\n`);
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  return audit.exitOverride();
}
