import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contextFor, contexts, domainError, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { actorFor } from '../../platform/context.ts';
import { fileApplication } from './file-application.ts';
import { grantApplication } from './grant-application.ts';
import { listWorkQueue } from './list-work-queue.ts';
import { registerResident } from './register-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('listWorkQueue', (getDb) => {
  it("lists the filed applications of the officer's office and place, oldest filing first", async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const tenant = 'tenant-queue';
    const { bureau, municipal, admin } = await contexts(db, clock, tenant);
    const officer = (username: string, role: 'bureau-officer' | 'municipal-officer', officeCode: string) =>
      contextFor(
        db,
        actorFor({ userId: `usr_${username}`, username, role, officeCode, tenantId: tenant }),
        clock,
      );
    const osaka = await officer('osaka', 'bureau-officer', 'osaka-bureau');
    const chuo = await officer('chuo', 'municipal-officer', '131024');
    const other = await contexts(db, clock, 'tenant-queue-z');
    const step = () => clock.advanceMs(5);

    const extension = async (ctx: typeof bureau, residentId: string) =>
      (
        await fileApplication(ctx, {
          residentId,
          procedure: 'extension-of-stay',
          channel: 'counter',
          requestSpecifiedCard: false,
        })
      ).application.id;
    const move = async (ctx: typeof bureau, residentId: string) =>
      (
        await fileApplication(ctx, {
          residentId,
          procedure: 'change-of-address',
          channel: 'counter',
          requestSpecifiedCard: false,
        })
      ).application.id;

    const chiyoda = await registerResident(bureau, residentInput({ givenName: 'CHIYODA' }));
    step();
    const chuoResident = await registerResident(
      bureau,
      residentInput({ givenName: 'CHUO', municipalityCode: '131024', address: '東京都中央区（架空）' }),
    );
    step();
    const kita = await registerResident(
      osaka,
      residentInput({ givenName: 'KITA', municipalityCode: '271276', address: '大阪市北区（架空）' }),
    );
    step();
    // registered with an extension filed before (recorded): the oldest filing, though the newest row
    const recorded = await registerResident(
      bureau,
      residentInput({
        familyName: 'SANDBOX',
        givenName: 'EARLY',
        applicationPending: { kind: 'extension-of-stay', filedOn: '2026-06-01' },
      }),
    );
    step();
    const a1 = await extension(bureau, chiyoda.id);
    step();
    const m1 = await move(municipal, chiyoda.id);
    step();
    const a2 = await extension(bureau, chuoResident.id);
    step();
    const m2 = await move(chuo, chuoResident.id);
    step();
    const o1 = await extension(osaka, kita.id);
    step();
    const done = await registerResident(bureau, residentInput({ givenName: 'DONE' }));
    const granted = await extension(bureau, done.id);
    await grantApplication(bureau, { applicationId: granted, newStayExpiry: '2027-08-31' });
    const elsewhere = await registerResident(other.bureau, residentInput());
    await extension(other.bureau, elsewhere.id);

    const ids = async (ctx: typeof bureau) => (await listWorkQueue(ctx)).items.map((i) => i.application.id);
    const first = (await listWorkQueue(bureau)).items;
    expect(first.map((i) => i.resident)).toEqual([
      { id: recorded.id, displayName: 'SANDBOX EARLY' },
      { id: chiyoda.id, displayName: 'SANDBOX CHIYODA' },
      { id: chuoResident.id, displayName: 'SANDBOX CHUO' },
    ]);
    expect(first[0]?.application.filedOn).toBe('2026-06-01');
    expect(first.slice(1).map((i) => i.application.id)).toEqual([a1, a2]);
    expect(first.every((i) => i.application.status === 'filed' && i.application.cardId === null)).toBe(true);
    expect(await ids(municipal)).toEqual([m1]);
    expect(await ids(chuo)).toEqual([m2]);
    expect(await ids(osaka)).toEqual([o1]);
    expect((await domainError(() => listWorkQueue(admin))).code).toBe('forbidden');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listWorkQueue>> = await listWorkQueue(bureau, {
        limit: 1,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.application.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(first.map((i) => i.application.id));
  });
});
