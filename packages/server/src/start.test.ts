import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listTaskRuns, loadOrCreateAuditKey, openDatabase, verifyAuditChain } from '@zairyu/core';
import { describe, expect, it } from 'vitest';
import { startServer } from './start.ts';

describe('startServer and its scheduled tasks', () => {
  async function start(dir: string, tasks: boolean) {
    const lines: string[] = [];
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      sqliteFile: join(dir, 'z.sqlite'),
      caDir: join(dir, 'ca'),
      demo: true,
      tasks,
      auditKeyFile: join(dir, 'audit.pem'),
      say: (l) => lines.push(l),
    });
    return { server, lines };
  }

  it('runs the scheduler, stops it on shutdown and writes a final checkpoint of every chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-start-'));
    const { server, lines } = await start(dir, true);
    expect(lines.join('\n')).toMatch(
      /scheduled tasks \(lease\): sessions\.purge every 1h, audit\.checkpoint every 1h, cards\.expire daily 00:05 JST/,
    );
    expect(lines.join('\n')).toMatch(/created the audit signing key/);
    await server.stop();
    expect(lines.at(-1)).toMatch(/^audit: 1 checkpoint\(s\) written at shutdown$/); // the demo tenant's chain

    const { db, close } = await openDatabase({ sqliteFile: join(dir, 'z.sqlite') });
    try {
      expect((await listTaskRuns(db)).map((r) => r.name)).toEqual([
        'audit.checkpoint',
        'cards.expire',
        'sessions.purge',
      ]);
      const key = loadOrCreateAuditKey(join(dir, 'audit.pem')).key;
      const report = await verifyAuditChain(db, 'default', { key });
      expect(report).toMatchObject({ ok: true, checkpoint: { status: 'matched' } });
      const rows = await db.selectFrom('audit_checkpoints').select('tenant_id').execute();
      expect(rows.map((r) => r.tenant_id)).toEqual(['default']);
    } finally {
      await close();
    }
  }, 60_000);

  it('with tasks off, starts no scheduler and still checkpoints at shutdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-start-'));
    const { server, lines } = await start(dir, false);
    expect(lines.join('\n')).not.toMatch(/scheduled tasks/);
    await server.stop();
    const { db, close } = await openDatabase({ sqliteFile: join(dir, 'z.sqlite') });
    try {
      expect(await listTaskRuns(db)).toEqual([]);
      expect(await db.selectFrom('audit_checkpoints').select('tenant_id').execute()).toHaveLength(1);
    } finally {
      await close();
    }
  }, 60_000);
});
