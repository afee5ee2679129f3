import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import {
  contexts,
  domainError,
  residentInput,
  residentWithCard,
  testCa,
} from '../../../test/support/fixtures.ts';
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

  it('searches by part of the name in any case and by the number of any card, within the scope', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, municipal } = await contexts(db, clock, 'tenant-search');
    const other = await contexts(db, clock, 'tenant-search-z');
    const mai = await registerResident(bureau, residentInput({ familyName: 'SANDBOX', givenName: 'MAI' }));
    clock.advanceMs(5); // ids sort in creation order across milliseconds
    const lan = await registerResident(bureau, residentInput({ familyName: 'TESTER', givenName: 'LAN' }));
    clock.advanceMs(5);
    const chuo = await registerResident(
      bureau,
      residentInput({ givenName: 'MAI CHUO', municipalityCode: '131024', address: '東京都中央区（架空）' }),
    );
    clock.advanceMs(5);
    const { residentId: holder, card } = await residentWithCard(bureau, {
      resident: { familyName: 'CARDHOLDER', givenName: 'KIM' },
    });
    await registerResident(other.bureau, residentInput({ givenName: 'MAI' }));
    const ids = async (ctx: typeof bureau, q: { name?: string; cardNumber?: string }) =>
      (await listResidents(ctx, q)).items.map((r) => r.id);

    expect(await ids(bureau, { name: 'mai' })).toEqual([mai.id, chuo.id]);
    expect(await ids(bureau, { name: 'sandbox mai' })).toEqual([mai.id, chuo.id]);
    expect(await ids(bureau, { name: '  Box M ' })).toEqual([mai.id, chuo.id]);
    expect(await ids(bureau, { name: 'ter l' })).toEqual([lan.id]);
    // LIKE's wildcards match only themselves (names are A–Z and spaces, so nothing)
    expect(await ids(bureau, { name: '%' })).toEqual([]);
    expect(await ids(bureau, { name: 'M_I' })).toEqual([]);
    expect(await ids(bureau, { name: '!' })).toEqual([]);
    expect(await ids(bureau, { name: 'nobody' })).toEqual([]);
    // the municipal officer of 131016 never finds the resident of 中央区 131024
    expect(await ids(municipal, { name: 'mai' })).toEqual([mai.id]);
    expect(await ids(municipal, { name: 'chuo' })).toEqual([]);

    expect(await ids(bureau, { cardNumber: card.cardNumber })).toEqual([holder]);
    expect(await ids(bureau, { cardNumber: card.cardNumber.toLowerCase() })).toEqual([holder]);
    expect(await ids(bureau, { cardNumber: card.cardNumber, name: 'kim' })).toEqual([holder]);
    expect(await ids(bureau, { cardNumber: card.cardNumber, name: 'mai' })).toEqual([]);
    expect(await ids(other.bureau, { cardNumber: card.cardNumber })).toEqual([]);

    const p1 = await listResidents(bureau, { name: 'a', limit: 2 });
    const p2 = await listResidents(bureau, { name: 'a', limit: 2, cursor: p1.nextCursor });
    expect(p1.items).toHaveLength(2);
    expect([...p1.items, ...p2.items].map((r) => r.id)).toEqual([mai.id, lan.id, chuo.id, holder]);
    expect(p2.nextCursor).toBeNull();

    const bad = await domainError(() => listResidents(bureau, { cardNumber: 'AB123', name: '' }));
    expect(bad.code).toBe('invalid-input');
    expect((await domainError(() => listResidents(bureau, { name: '123456789012' }))).code).toBe(
      'invalid-input',
    );
  });
});
