import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { listCards } from './list-cards.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('listCards', (getDb) => {
  it('lists a resident’s cards; unknown residents are not found', async () => {
    const { db } = getDb();
    const { bureau } = await contexts(db, movableClock('2026-06-15'));
    const { residentId, card } = await residentWithCard(bureau);
    expect(await listCards(bureau, { residentId })).toEqual({ items: [card], nextCursor: null });
    expect((await domainError(() => listCards(bureau, { residentId: 'res_nobody' }))).code).toBe('not-found');
  });
});
