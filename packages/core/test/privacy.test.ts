/**
 * Privacy rules on both databases: nothing stored or returned looks like a 12-digit individual number
 * (個人番号) — not even the synthetic one the card library writes on 特定 chips — and audit events name
 * fields, never values.
 */
import { fieldsFromSeed, issueCard, toHex } from '@zairyu/card';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { getCardChip } from '../src/authority/commands/get-card-chip.ts';
import { listCards } from '../src/authority/commands/list-cards.ts';
import { reportLoss } from '../src/authority/commands/report-loss.ts';
import { seedDemo } from '../src/authority/demo/seed-demo.ts';
import type { Schema } from '../src/db/schema.ts';
import { listAuditEvents } from '../src/platform/audit/list-audit-events.ts';
import { movableClock } from '../src/platform/clock.ts';
import { describeEachDialect } from './support/dialects.ts';
import { contexts, residentWithCard, testCa } from './support/fixtures.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

/** A standalone 12-digit token (hex hashes and ids are single words, so they never match by accident). */
const TWELVE_DIGITS = /\b[0-9]{12}\b/;

describeEachDialect('privacy', (getDb) => {
  it('stores and returns no individual number, and audits field names only', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    await seedDemo(db, clock, await testCa(), { tenantId: 'privacy' });
    const { bureau, admin } = await contexts(db, clock, 'privacy');
    const { card, residentId } = await residentWithCard(bureau, {
      resident: { givenName: 'PRIVATE', address: '東京都千代田区 PRIVATE-STREET 9-9-9' },
    });
    clock.set('2026-06-20');
    const loss = await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-06-19',
      policeReceiptNumber: 'POLICE-RECEIPT-777',
      suspendChannel: 'call-centre',
    });

    // what the card library writes into EF0001 of a 特定 chip with this card number
    const raw = await issueCard(
      '07',
      { ...fieldsFromSeed('07', 1), cardNumber: card.cardNumber },
      await testCa(),
    );
    const individualNumberFile = raw.myNumber?.files['0001'];
    expect(individualNumberFile).toBeDefined();
    const individualNumber = new TextDecoder().decode(individualNumberFile!).match(/\d{12}/)?.[0];
    expect(individualNumber).toMatch(/^\d{12}$/);
    const numberHex = toHex(new TextEncoder().encode(individualNumber!)).toLowerCase();

    // every text value in every table
    const tables: (keyof Schema)[] = [
      'users',
      'sessions',
      'api_tokens',
      'residents',
      'applications',
      'cards',
      'loss_reports',
      'audit_events',
    ];
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
      for (const row of rows.rows)
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          expect(value.includes(individualNumber!), `${table}.${column}`).toBe(false);
          expect(
            value.toLowerCase().includes(toHex(individualNumberFile!).toLowerCase()),
            `${table}.${column}`,
          ).toBe(false);
          expect(value.toLowerCase().includes(numberHex), `${table}.${column}`).toBe(false);
          // the chip is binary as hex (its certificates hold 12-digit UTCTimes); everything else is text
          if (column !== 'chip_json') expect(value, `${table}.${column}`).not.toMatch(TWELVE_DIGITS);
        }
    }

    // what commands return
    const returned = JSON.stringify([
      loss,
      await listCards(bureau, { residentId }),
      await listAuditEvents(admin, { limit: 1000 }),
    ]);
    expect(returned).not.toMatch(TWELVE_DIGITS);
    const chip = await getCardChip(bureau, card.id);
    expect(chip.toLowerCase().includes(numberHex)).toBe(false);
    expect(chip.includes(individualNumber!)).toBe(false);
    expect(JSON.parse(chip).myNumber.files).toEqual({});

    // audit events: field names only
    const audit = await db.selectFrom('audit_events').selectAll().execute();
    for (const e of audit) {
      for (const f of JSON.parse(e.changed_fields) as string[]) expect(f).toMatch(/^[A-Za-z][A-Za-z0-9.]*$/);
      const text = JSON.stringify(e);
      for (const secret of ['PRIVATE', 'POLICE-RECEIPT', '1990-04-01', 'SANDBOX', card.cardNumber])
        expect(text.includes(secret), `${e.event} mentions ${secret}`).toBe(false);
    }
  });
});
