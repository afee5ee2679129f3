import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import {
  contexts,
  countRows,
  domainError,
  residentWithCard,
  testCa,
} from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { fileApplication } from './file-application.ts';
import { reportLoss } from './report-loss.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('reportLoss', (getDb) => {
  it('marks the card lost, suspends My Number with time and channel, and takes the deadline from the rules', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const { card } = await residentWithCard(bureau);
    clock.set('2026-07-06T09:30:00+09:00');
    const r = await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-07-04',
      policeReceiptNumber: "SANDBOX-'; DROP TABLE cards; --",
      suspendChannel: 'counter',
    });
    expect(r.card.state).toBe('lost');
    expect(r.card.myNumber).toEqual({
      state: 'suspended',
      expiresOn: '2027-08-31',
      suspendedAt: '2026-07-06T00:30:00.000Z',
      suspendChannel: 'counter',
    });
    // 2026-07-04 + 14 days = Saturday 18 July; Monday 20 July is 海の日: the next open day is 21 July
    expect(r.lossReport).toMatchObject({
      cardId: card.id,
      lostOn: '2026-07-04',
      policeReceiptNumber: "SANDBOX-'; DROP TABLE cards; --",
      reissueDeadline: '2026-07-21',
    });
    expect(r.steps.find((s) => s.code === 'reissue-application')?.deadline).toBe('2026-07-21');
    const events = await db
      .selectFrom('audit_events')
      .select(['event', 'changed_fields'])
      .where('request_id', '=', bureau.requestId)
      .orderBy('seq', 'desc')
      .limit(3)
      .execute();
    expect(events.map((e) => e.event).sort()).toEqual([
      'cards.report-loss',
      'cards.suspend-my-number',
      'loss-reports.create',
    ]);
    expect(JSON.stringify(events)).not.toContain('SANDBOX-');
  });

  it('does not suspend anything on an ordinary card; refuses a second report, future dates and unknown cards', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, admin } = await contexts(db, clock);
    const { card, residentId } = await residentWithCard(bureau, { specified: false });
    expect(
      (
        await domainError(() =>
          reportLoss(admin, {
            cardId: card.id,
            lostOn: '2026-06-15',
            policeReceiptNumber: 'P',
            suspendChannel: 'counter',
          }),
        )
      ).code,
    ).toBe('forbidden');
    const future = await domainError(() =>
      reportLoss(bureau, {
        cardId: card.id,
        lostOn: '2026-06-16',
        policeReceiptNumber: 'P',
        suspendChannel: 'counter',
      }),
    );
    expect(future).toMatchObject({ code: 'invalid-input', path: 'lostOn' });
    const channel = await domainError(() =>
      reportLoss(bureau, {
        cardId: card.id,
        lostOn: '2026-06-15',
        policeReceiptNumber: 'P',
        suspendChannel: 'fax',
      }),
    );
    expect(channel).toMatchObject({ code: 'invalid-input', path: 'suspendChannel' });
    const r = await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-06-15',
      policeReceiptNumber: 'P-1',
      suspendChannel: 'call-centre',
    });
    expect(r.card.myNumber).toBeNull();
    expect(r.steps.map((s) => s.code)).not.toContain('suspend-my-number-functions');
    const reports = await countRows(db, 'loss_reports');
    const again = await domainError(() =>
      reportLoss(bureau, {
        cardId: card.id,
        lostOn: '2026-06-15',
        policeReceiptNumber: 'P-2',
        suspendChannel: 'counter',
      }),
    );
    expect(again.code).toBe('invalid-transition');
    expect(again.details).toMatchObject({ from: 'lost', to: 'lost' });
    expect(await countRows(db, 'loss_reports')).toBe(reports);
    const otherProcedure = await domainError(() =>
      fileApplication(bureau, {
        residentId,
        procedure: 'change-of-status',
        channel: 'counter',
        requestSpecifiedCard: false,
      }),
    );
    expect(otherProcedure.code).toBe('invalid-transition');
    expect(otherProcedure.details).toMatchObject({ from: 'lost', to: 'replaced' });
    const unknown = await domainError(() =>
      reportLoss(bureau, {
        cardId: 'card_x',
        lostOn: '2026-06-15',
        policeReceiptNumber: 'P',
        suspendChannel: 'counter',
      }),
    );
    expect(unknown.code).toBe('not-found');
  });
});
