import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { getResident } from './get-resident.ts';
import { registerResident } from './register-resident.ts';
import { updateResident } from './update-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('updateResident', (getDb) => {
  it('changes the given fields and audits their names only', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const r = await registerResident(bureau, residentInput());
    clock.advanceDays(1);
    const u = await updateResident(bureau, {
      residentId: r.id,
      familyName: 'SANDBOX NEW',
      nationality: 'PHL',
    });
    expect(u.familyName).toBe('SANDBOX NEW');
    expect(u.nationality).toBe('PHL');
    expect(u.updatedAt > r.updatedAt).toBe(true);
    const ev = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_id', '=', r.id)
      .where('event', '=', 'residents.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.changed_fields)).toEqual(['familyName', 'nationality']);
    expect(ev.changed_fields).not.toContain('PHL');
  });

  it('never moves a resident: the 住居地 changes only through a procedure', async () => {
    const { db } = getDb();
    const { bureau, municipal } = await contexts(db, movableClock('2026-06-15'));
    const r = await registerResident(bureau, residentInput());
    for (const [ctx, change] of [
      [bureau, { municipalityCode: '271276' }],
      [bureau, { address: '大阪府大阪市北区1-1' }],
      [municipal, { addressLatin: '1-1 KITA-KU OSAKA' }],
    ] as const) {
      const e = await domainError(() => updateResident(ctx, { residentId: r.id, ...change }));
      expect(e.code).toBe('forbidden');
      expect(e.details).toMatchObject({ reason: 'address-changes-by-procedure' });
    }
    // the same values again are no change, and pass
    expect(
      await updateResident(bureau, { residentId: r.id, address: r.address, municipalityCode: '131016' }),
    ).toEqual(r);
    expect(await getResident(bureau, r.id)).toMatchObject({ municipalityCode: '131016', address: r.address });
  });

  it('writes nothing when nothing changes', async () => {
    const { db } = getDb();
    const { bureau } = await contexts(db, movableClock('2026-06-15'));
    const r = await registerResident(bureau, residentInput());
    const same = await updateResident(bureau, { residentId: r.id, givenName: 'TARO' });
    expect(same).toEqual(r);
    const events = await db
      .selectFrom('audit_events')
      .select('event')
      .where('subject_id', '=', r.id)
      .execute();
    expect(events).toHaveLength(1);
  });

  it('validates the merged record and keeps the old one on error', async () => {
    const { db } = getDb();
    const { bureau, admin } = await contexts(db, movableClock('2026-06-15'));
    const r = await registerResident(bureau, residentInput());
    const e = await domainError(() =>
      updateResident(bureau, { residentId: r.id, periodOfStay: 'indefinite' }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.path).toBe('periodOfStay');
    expect(
      (await domainError(() => updateResident(bureau, { residentId: r.id, municipalityCode: '000000' })))
        .path,
    ).toBe('municipalityCode');
    expect(await getResident(bureau, r.id)).toEqual(r);
    expect(
      (await domainError(() => updateResident(bureau, { residentId: 'res_nope', givenName: 'X' }))).code,
    ).toBe('not-found');
    expect((await domainError(() => updateResident(admin, { residentId: r.id, givenName: 'X' }))).code).toBe(
      'forbidden',
    );
  });
});
