import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { registerResident } from '../../authority/commands/register-resident.ts';
import { updateResident } from '../../authority/commands/update-resident.ts';
import { movableClock } from '../clock.ts';
import { listAuditEvents } from './list-audit-events.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('listAuditEvents', (getDb) => {
  it('lists the tenant’s events in order, pages by seq, names fields and never values', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const a = await contexts(db, clock, 'tenant-a');
    const b = await contexts(db, clock, 'tenant-b');
    const r = await registerResident(
      a.bureau,
      residentInput({ address: '東京都千代田区 SECRET-ADDRESS 1-1' }),
    );
    await updateResident(a.bureau, { residentId: r.id, givenName: 'SECRETNAME' });
    await registerResident(b.bureau, residentInput());

    const events = await listAuditEvents(a.admin);
    expect(events.map((e) => e.event)).toEqual(['residents.register', 'residents.update']);
    expect(events[1]?.changedFields).toEqual(['givenName']);
    expect(events[1]?.subjectId).toBe(r.id);
    expect(JSON.stringify(events)).not.toMatch(/SECRET|TARO|1990-04-01/);
    const page = await listAuditEvents(a.admin, { afterSeq: events[0]?.seq, limit: 1 });
    expect(page.map((e) => e.seq)).toEqual([events[1]?.seq]);
    expect((await listAuditEvents(b.admin)).map((e) => e.event)).toEqual(['residents.register']);
  });

  it('is for administrators only', async () => {
    const { db } = getDb();
    const { bureau, municipal } = await contexts(db, movableClock('2026-06-15'));
    expect((await domainError(() => listAuditEvents(bureau))).code).toBe('forbidden');
    expect((await domainError(() => listAuditEvents(municipal))).code).toBe('forbidden');
  });
});
