import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { getResident } from './get-resident.ts';
import { registerResident } from './register-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('getResident', (getDb) => {
  it('reads by id or { residentId }, refuses unknown ids and administrators', async () => {
    const { db } = getDb();
    const { bureau, municipal, admin } = await contexts(db, movableClock('2026-06-15'));
    const r = await registerResident(bureau, residentInput());
    expect(await getResident(municipal, r.id)).toEqual(r);
    expect(await getResident(bureau, { residentId: r.id })).toEqual(r);
    const e = await domainError(() => getResident(bureau, "res_x' OR '1'='1"));
    expect(e.code).toBe('not-found');
    expect((await domainError(() => getResident(admin, r.id))).code).toBe('forbidden');
  });
});
