import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { getApplication, listApplications } from './get-application.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('getApplication / listApplications', (getDb) => {
  it('reads applications with the card issued on them', async () => {
    const { db } = getDb();
    const { bureau, admin } = await contexts(db, movableClock('2026-06-15'));
    const { residentId, applicationId, card } = await residentWithCard(bureau);
    const app = await getApplication(bureau, { applicationId });
    expect(app).toMatchObject({
      id: applicationId,
      status: 'granted',
      cardId: card.id,
      grantedBy: 'usr_bureau',
    });
    expect(await getApplication(bureau, applicationId)).toEqual(app);
    expect(await listApplications(bureau, { residentId })).toEqual({ items: [app], nextCursor: null });
    expect((await domainError(() => getApplication(bureau, 'app_none'))).code).toBe('not-found');
    expect((await domainError(() => getApplication(admin, applicationId))).code).toBe('forbidden');
  });
});
