import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { fileApplication } from './file-application.ts';
import { grantApplication } from './grant-application.ts';
import { reportLoss } from './report-loss.ts';
import { resumeMyNumber } from './resume-my-number.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('resumeMyNumber', (getDb) => {
  it('a found card goes lost → issued and its My Number function suspended → active', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const { card } = await residentWithCard(bureau);
    clock.set('2026-06-17');
    await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-06-16',
      policeReceiptNumber: 'P',
      suspendChannel: 'call-centre',
    });
    clock.set('2026-06-18');
    const found = await resumeMyNumber(bureau, { cardId: card.id });
    expect(found.state).toBe('issued');
    expect(found.myNumber).toEqual({
      state: 'active',
      expiresOn: '2027-08-31',
      suspendedAt: null,
      suspendChannel: null,
    });
    const report = await db
      .selectFrom('loss_reports')
      .selectAll()
      .where('card_id', '=', card.id)
      .executeTakeFirstOrThrow();
    expect(report.found_at).toBe(clock.now().toISOString());
    const events = await db
      .selectFrom('audit_events')
      .select('event')
      .where('request_id', '=', bureau.requestId)
      .execute();
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['cards.found', 'loss-reports.close', 'cards.resume-my-number']),
    );
  });

  it('refuses a card that is not lost, and a re-issue after the card was found', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const { card, residentId } = await residentWithCard(bureau);
    const e = await domainError(() => resumeMyNumber(bureau, { cardId: card.id }));
    expect(e.code).toBe('invalid-transition');
    expect(e.details).toMatchObject({ from: 'issued', to: 'issued' });

    clock.set('2026-06-17');
    await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-06-16',
      policeReceiptNumber: 'P',
      suspendChannel: 'counter',
    });
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'reissue-lost',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    // found while its re-issue is filed: refused, so the filed re-issue cannot later run on a stale report
    const found = await domainError(() => resumeMyNumber(bureau, { cardId: card.id }));
    expect(found.code).toBe('conflict');
    expect(found.details).toMatchObject({ applicationId: application.id });
    expect((await grantApplication(bureau, { applicationId: application.id })).card?.kind).toBe(
      'residence-card',
    );
    expect((await domainError(() => resumeMyNumber(bureau, { cardId: 'card_nope' }))).code).toBe('not-found');
  });
});
