import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import {
  contextFor,
  contexts,
  countRows,
  domainError,
  residentInput,
  testCa,
} from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { actorFor } from '../../platform/context.ts';
import type { CommandContext } from '../context.ts';
import type { ResidentFieldsInput } from '../domain/resident-fields.ts';
import { type FileApplicationInput, fileApplication } from './file-application.ts';
import { getResident } from './get-resident.ts';
import { registerResident } from './register-resident.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

const extension = (residentId: string, extra: Partial<FileApplicationInput> = {}): FileApplicationInput => ({
  residentId,
  procedure: 'extension-of-stay',
  channel: 'counter',
  requestSpecifiedCard: true,
  ...extra,
});

describeEachDialect('fileApplication', (getDb) => {
  async function setup(date: string, resident: Partial<ResidentFieldsInput> = {}) {
    const { db } = getDb();
    const clock = movableClock(date);
    const ctx = await contexts(db, clock);
    const r = await registerResident(ctx.bureau, residentInput(resident));
    return { db, clock, ...ctx, residentId: r.id };
  }

  async function expectNothingStored(db: CommandContext['db'], fn: () => Promise<unknown>) {
    const apps = await countRows(db, 'applications');
    const audit = await countRows(db, 'audit_events');
    const e = await domainError(fn);
    expect(await countRows(db, 'applications')).toBe(apps);
    expect(await countRows(db, 'audit_events')).toBe(audit);
    return e;
  }

  it('files an extension with a request at the bureau, stores the decision snapshot and marks it pending', async () => {
    const { bureau, residentId } = await setup('2026-06-15');
    const { application, decision } = await fileApplication(bureau, extension(residentId));
    expect(application).toMatchObject({
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
      office: 'immigration-bureau',
      status: 'filed',
      filedOn: '2026-06-15',
      filedBy: 'usr_bureau',
      cardId: null,
    });
    expect(application.decision.cardToBeIssued).toBe('specified-residence-card');
    expect(application.decision.reasonCodes).toEqual(['eligible']);
    expect(application.decision.documents).toEqual(
      expect.arrayContaining(['specified-card-application-form', 'pin-setting-form']),
    );
    expect(decision.specifiedCard.available).toBe(true);
    expect(Object.keys(decision.messages).sort()).toEqual(['en', 'ja']);
    expect((await getResident(bureau, residentId)).applicationPending).toEqual({
      kind: 'extension-of-stay',
      filedOn: '2026-06-15',
    });
  });

  it('refuses a request through the online channel with the rules’ reasons', async () => {
    const { db, bureau, residentId } = await setup('2026-06-15');
    const e = await expectNothingStored(db, () =>
      fileApplication(bureau, extension(residentId, { channel: 'online' })),
    );
    expect(e.code).toBe('application-refused');
    expect(e.reasons?.map((r) => r.code)).toEqual(['online-channel']);
    expect(e.reasons?.[0]?.citations.length).toBeGreaterThan(0);
  });

  it('refuses a short-term visitor’s request (not a mid/long-term resident)', async () => {
    const { db, bureau, residentId } = await setup('2026-06-15', {
      status: 'temporary-visitor',
      periodOfStay: 'P90D',
      stayExpiry: '2026-07-31',
      residentRecord: false,
    });
    const e = await expectNothingStored(db, () => fileApplication(bureau, extension(residentId)));
    expect(e.code).toBe('application-refused');
    expect(e.reasons?.map((r) => r.code)).toEqual(expect.arrayContaining(['not-mid-long-term']));
    expect(e.reasons?.map((r) => r.code)).not.toContain('eligible');
  });

  it('refuses requests before the counters open on 2026-06-15', async () => {
    const { db, bureau, residentId } = await setup('2026-06-12');
    const e = await expectNothingStored(db, () => fileApplication(bureau, extension(residentId)));
    expect(e.reasons?.map((r) => r.code)).toEqual(['before-start-date']);
    // without the request the extension itself is filed
    const ok = await fileApplication(bureau, extension(residentId, { requestSpecifiedCard: false }));
    expect(ok.application.decision.cardToBeIssued).toBe('residence-card');
  });

  it('refuses on a closed day and before the application window, naming the earliest date', async () => {
    const { db, bureau, residentId } = await setup('2026-06-20');
    const closed = await expectNothingStored(db, () => fileApplication(bureau, extension(residentId)));
    expect(closed.reasons?.map((r) => r.code)).toEqual(['office-closed']);
    expect(closed.details).toEqual({ earliestDate: '2026-06-22' });
    const early = await setup('2026-06-15', { stayExpiry: '2027-03-31' });
    const e = await expectNothingStored(db, () => fileApplication(early.bureau, extension(early.residentId)));
    expect(e.reasons?.map((r) => r.code)).toEqual(['before-application-window']);
    expect(e.details).toEqual({ earliestDate: '2027-01-04' }); // 2026-12-31 falls in the year-end closure
  });

  it('forbids a municipal officer to file a bureau procedure, and a bureau officer a municipal one', async () => {
    const { db, bureau, municipal, admin, residentId } = await setup('2026-06-15');
    const e = await expectNothingStored(db, () => fileApplication(municipal, extension(residentId)));
    expect(e.code).toBe('forbidden');
    expect(e.details).toMatchObject({ office: 'immigration-bureau', needed: 'bureau-officer' });
    const moveIn = { residentId, procedure: 'move-in', channel: 'counter', requestSpecifiedCard: true };
    expect((await expectNothingStored(db, () => fileApplication(bureau, moveIn))).code).toBe('forbidden');
    expect((await expectNothingStored(db, () => fileApplication(admin, moveIn))).code).toBe('forbidden');
    const ok = await fileApplication(municipal, moveIn);
    expect(ok.application.office).toBe('municipality');
    expect(ok.decision.warnings).toContain('municipality-open-days-vary');
  });

  it('refuses procedures that do not apply, and a second open application', async () => {
    const { db, bureau, residentId } = await setup('2026-06-15', {
      status: 'permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
    });
    const notApplicable = await expectNothingStored(db, () => fileApplication(bureau, extension(residentId)));
    expect(notApplicable.code).toBe('application-refused');
    expect(notApplicable.reasons?.map((r) => r.code)).toContain('procedure-not-applicable');
    const none = await expectNothingStored(db, () =>
      fileApplication(bureau, {
        residentId,
        procedure: 'none',
        channel: 'counter',
        requestSpecifiedCard: false,
      }),
    );
    expect(none.code).toBe('application-refused');
    await fileApplication(bureau, {
      residentId,
      procedure: 'card-renewal',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const twice = await expectNothingStored(db, () =>
      fileApplication(bureau, {
        residentId,
        procedure: 'card-renewal',
        channel: 'counter',
        requestSpecifiedCard: true,
      }),
    );
    expect(twice.code).toBe('conflict');
  });

  it('refuses a re-issue without a card, and before the loss is reported', async () => {
    const { db, bureau, residentId } = await setup('2026-06-15');
    const lost = { residentId, procedure: 'reissue-lost', channel: 'counter', requestSpecifiedCard: false };
    const e = await expectNothingStored(db, () => fileApplication(bureau, lost));
    expect(e.code).toBe('application-refused');
    expect(e.reasons?.map((r) => r.code)).toEqual(['no-card-to-reissue']);
  });

  it('names invalid input and unknown residents', async () => {
    const { db, bureau, residentId } = await setup('2026-06-15');
    const bad = await expectNothingStored(db, () =>
      fileApplication(bureau, extension(residentId, { procedure: 'visa' })),
    );
    expect(bad.code).toBe('invalid-input');
    expect(bad.path).toBe('procedure');
    const lostOn = await expectNothingStored(db, () =>
      fileApplication(bureau, extension(residentId, { lostOn: '2026-13-01' })),
    );
    expect(lostOn.path).toBe('lostOn');
    const unknown = await expectNothingStored(db, () => fileApplication(bureau, extension('res_unknown')));
    expect(unknown.code).toBe('not-found');
  });

  it('moves a resident only through a move-in filed at the new municipality, and a 転居届 within one', async () => {
    const { db, clock, municipal, residentId } = await setup('2026-07-01');
    const chuo = await contextFor(
      db,
      actorFor({
        userId: 'usr_chuo',
        username: 'chuo',
        role: 'municipal-officer',
        officeCode: '131024',
        tenantId: municipal.tenantId,
      }),
      clock,
    );
    const newAddress = {
      address: '東京都中央区築地1-1 サンドボックス',
      addressLatin: '1-1 TSUKIJI CHUO-KU TOKYO',
      municipalityCode: '131024',
    };
    // the old municipality cannot file a move-in to another one, nor a 転居届 into it
    expect(
      (
        await domainError(() =>
          fileApplication(municipal, {
            ...extension(residentId),
            procedure: 'move-in',
            requestSpecifiedCard: false,
            newAddress,
          }),
        )
      ).code,
    ).toBe('forbidden');
    const wrong = await expectNothingStored(db, () =>
      fileApplication(chuo, {
        ...extension(residentId),
        procedure: 'change-of-address',
        requestSpecifiedCard: false,
        newAddress,
      }),
    );
    expect(wrong.details?.issues).toEqual([
      expect.objectContaining({ path: 'newAddress.municipalityCode', code: 'inconsistent' }),
    ]);
    const notMove = await expectNothingStored(db, () =>
      fileApplication(municipal, extension(residentId, { newAddress })),
    );
    expect(notMove.path).toBe('newAddress');
    // the new municipality files it: the resident lives there from now on
    const { application } = await fileApplication(chuo, {
      ...extension(residentId),
      procedure: 'move-in',
      requestSpecifiedCard: false,
      newAddress,
    });
    expect(application.office).toBe('municipality');
    expect(await getResident(chuo, residentId)).toMatchObject(newAddress);
    expect((await domainError(() => getResident(municipal, residentId))).code).toBe('forbidden');
    const ev = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_id', '=', residentId)
      .where('event', '=', 'residents.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.changed_fields)).toEqual(['address', 'addressLatin', 'municipalityCode']);
    expect(ev.changed_fields).not.toContain('築地');
  });
});
