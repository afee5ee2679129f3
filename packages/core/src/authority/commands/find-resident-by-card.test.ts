import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import {
  contextFor,
  contexts,
  domainError,
  residentWithCard,
  testCa,
} from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { actorFor } from '../../platform/context.ts';
import { findResidentByCard } from './find-resident-by-card.ts';
import { getResident } from './get-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('findResidentByCard', (getDb) => {
  it('finds the holder of a presented card for an officer of another municipality, and nothing else', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-07-01');
    const { bureau } = await contexts(db, clock);
    const { residentId, card } = await residentWithCard(bureau);
    const chuo = await contextFor(
      db,
      actorFor({
        userId: 'usr_chuo',
        username: 'chuo',
        role: 'municipal-officer',
        officeCode: '131024',
        tenantId: bureau.tenantId,
      }),
      clock,
    );
    // the new municipality cannot read the resident…
    expect((await domainError(() => getResident(chuo, residentId))).code).toBe('forbidden');
    // …but finds them by the card in hand
    const found = await findResidentByCard(chuo, { cardNumber: card.cardNumber, birthDate: '1990-04-01' });
    expect(found.id).toBe(residentId);
    const ev = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'residents.find-by-card')
      .executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ subject_id: residentId, actor_id: 'usr_chuo' });
    // a wrong birth date or number says nothing about which was wrong
    for (const input of [
      { cardNumber: card.cardNumber, birthDate: '1990-04-02' },
      { cardNumber: 'ZZ99999999ZZ', birthDate: '1990-04-01' },
    ])
      expect((await domainError(() => findResidentByCard(chuo, input))).code).toBe('not-found');
    expect(
      (await domainError(() => findResidentByCard(chuo, { cardNumber: 'nope', birthDate: 'x' }))).code,
    ).toBe('invalid-input');
    // bureau officers look residents up in their jurisdiction the ordinary way
    expect(
      (
        await domainError(() =>
          findResidentByCard(bureau, { cardNumber: card.cardNumber, birthDate: '1990-04-01' }),
        )
      ).code,
    ).toBe('forbidden');
  });
});
