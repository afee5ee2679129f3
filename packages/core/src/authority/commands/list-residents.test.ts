import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { listResidents } from './list-residents.ts';
import { registerResident } from './register-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('listResidents', (getDb) => {
  it('pages through the tenant’s residents in registration order', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const other = await contexts(db, clock, 'tenant-z');
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) {
      ids.push((await registerResident(bureau, residentInput({ givenName: name }))).id);
      clock.advanceMs(5);
    }
    await registerResident(other.bureau, residentInput());
    const p1 = await listResidents(bureau, { limit: 2 });
    expect(p1.items.map((r) => r.id)).toEqual(ids.slice(0, 2));
    const p2 = await listResidents(bureau, { limit: 2, cursor: p1.nextCursor });
    expect(p2.items.map((r) => r.id)).toEqual(ids.slice(2, 4));
    const p3 = await listResidents(bureau, { limit: 2, cursor: p2.nextCursor });
    expect(p3.items.map((r) => r.id)).toEqual(ids.slice(4));
    expect(p3.nextCursor).toBeNull();
    expect((await listResidents(bureau)).items).toHaveLength(5);
  });
});
