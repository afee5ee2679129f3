/**
 * Moving a clock through card expiry and the 特例期間: the card stays valid while an extension filed in time
 * is pending (up to two months), the My Number function does not (it ends on the original 在留期間満了日).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { runExpiryTask } from '../tasks/expiry-task.ts';
import { expireCards } from './expire-cards.ts';
import { fileApplication } from './file-application.ts';
import { getCard } from './get-card.ts';
import { grantApplication } from './grant-application.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('expireCards', (getDb) => {
  it('expires cards after their last day, keeps them in a running 特例期間, and ends My Number on the original expiry', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, admin } = await contexts(db, clock, 'tenant-expiry');
    const renewed = await residentWithCard(bureau, { resident: { givenName: 'RENEWED' } });
    const pending = await residentWithCard(bureau, { resident: { givenName: 'PENDING' } });
    const lapsed = await residentWithCard(bureau, { specified: false, resident: { givenName: 'LAPSED' } });
    for (const r of [renewed, pending, lapsed]) expect(r.card.expiresOn).toBe('2027-08-31');

    clock.set('2027-08-30');
    const filed: Record<string, string> = {};
    for (const r of [renewed, pending])
      filed[r.residentId] = (
        await fileApplication(bureau, {
          residentId: r.residentId,
          procedure: 'extension-of-stay',
          channel: 'counter',
          requestSpecifiedCard: true,
        })
      ).application.id;

    clock.set('2027-08-31');
    expect(await expireCards(admin)).toEqual({
      asOf: '2027-08-31',
      cardsExpired: 0,
      myNumberFunctionsExpired: 0,
      keptBySpecialPeriod: 0,
    });

    clock.set('2027-09-01');
    expect(await expireCards(admin)).toEqual({
      asOf: '2027-09-01',
      cardsExpired: 1,
      myNumberFunctionsExpired: 2,
      keptBySpecialPeriod: 2,
    });
    expect((await getCard(bureau, lapsed.card.id)).state).toBe('expired');
    const inSpecialPeriod = await getCard(bureau, pending.card.id);
    expect(inSpecialPeriod.state).toBe('issued');
    expect(inSpecialPeriod.myNumber?.state).toBe('expired');

    clock.set('2027-09-10');
    const g = await grantApplication(bureau, {
      applicationId: filed[renewed.residentId] as string,
      newStayExpiry: '2028-08-31',
    });
    expect(g.card?.myNumber).toMatchObject({ state: 'active', expiresOn: '2028-08-31' });
    expect(g.replacedCardId).toBe(renewed.card.id);
    expect(await expireCards(admin)).toEqual({
      asOf: '2027-09-10',
      cardsExpired: 0,
      myNumberFunctionsExpired: 0,
      keptBySpecialPeriod: 1,
    });

    // the 特例期間 ends two months after the expiry (2027-10-31); undecided, the card then expires
    clock.set('2027-10-31');
    expect((await expireCards(admin)).cardsExpired).toBe(0);
    clock.set('2027-11-01');
    expect((await expireCards(admin)).cardsExpired).toBe(1);
    expect((await getCard(bureau, pending.card.id)).state).toBe('expired');
    expect(await expireCards(admin)).toMatchObject({ cardsExpired: 0, myNumberFunctionsExpired: 0 });

    const events = await db
      .selectFrom('audit_events')
      .select(['event', 'actor_role'])
      .where('tenant_id', '=', 'tenant-expiry')
      .where('event', 'in', ['cards.expire', 'cards.expire-my-number'])
      .execute();
    expect(events).toHaveLength(4);
    expect(new Set(events.map((e) => e.actor_role))).toEqual(new Set(['system-admin']));
  });

  it('runs as a scheduled task for every tenant, and is not for municipal officers', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, municipal } = await contexts(db, clock, 'tenant-task');
    const { card } = await residentWithCard(bureau, { specified: false, newStayExpiry: '2026-12-31' });
    expect((await domainError(() => expireCards(municipal))).code).toBe('forbidden');
    clock.set('2027-01-05');
    const results = await runExpiryTask(db, clock);
    expect(results.find((r) => r.tenantId === 'tenant-task')).toMatchObject({ cardsExpired: 1 });
    expect((await getCard(bureau, card.id)).state).toBe('expired');
    expect((await runExpiryTask(db, clock)).every((r) => r.cardsExpired === 0)).toBe(true);
  });
});
