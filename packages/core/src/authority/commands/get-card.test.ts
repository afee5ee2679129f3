import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { getCard } from './get-card.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('getCard', (getDb) => {
  it('reads a card of the tenant without its chip; other tenants and administrators get nothing', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, municipal, admin } = await contexts(db, clock);
    const other = await contexts(db, clock, 'tenant-other');
    const { card } = await residentWithCard(bureau);
    expect(await getCard(municipal, card.id)).toEqual(card);
    expect(await getCard(bureau, { cardId: card.id })).toEqual(card);
    expect(Object.keys(card)).not.toContain('chip');
    expect(JSON.stringify(card)).not.toContain('files');
    expect((await domainError(() => getCard(other.bureau, card.id))).code).toBe('not-found');
    expect((await domainError(() => getCard(admin, card.id))).code).toBe('forbidden');
  });
});
