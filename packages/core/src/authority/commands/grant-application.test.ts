import {
  buildTrustStore,
  CARD_NUMBER_PATTERN,
  chipImageFromJson,
  MemoryTransport,
  ResidenceCardEmulator,
  readCard,
} from '@zairyu/card';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import {
  contexts,
  countRows,
  domainError,
  residentInput,
  residentWithCard,
  testCa,
} from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import type { ResidentFieldsInput } from '../domain/resident-fields.ts';
import { fileApplication } from './file-application.ts';
import { getCardChip } from './get-card-chip.ts';
import { getResident } from './get-resident.ts';
import { grantApplication } from './grant-application.ts';
import { registerResident } from './register-resident.ts';
import { reportLoss } from './report-loss.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('grantApplication', (getDb) => {
  async function setup(date: string, resident: Partial<ResidentFieldsInput> = {}) {
    const { db } = getDb();
    const clock = movableClock(date);
    const ctx = await contexts(db, clock);
    const r = await registerResident(
      resident.status === 'special-permanent-resident' ? ctx.municipal : ctx.bureau,
      residentInput(resident),
    );
    return { db, clock, ...ctx, residentId: r.id };
  }

  it('issues a signed 特定在留カード chip that reads back with the resident’s fields', async () => {
    const { bureau, residentId } = await setup('2026-06-15');
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const g = await grantApplication(bureau, { applicationId: application.id, newStayExpiry: '2027-08-31' });
    const card = g.card!;
    expect(card.cardNumber).toMatch(CARD_NUMBER_PATTERN);
    expect(card.specified).toBe(true);
    // the rules warn about a driving licence only to holders of a My Number card (rules issue 12, class 14)
    expect(g.warnings).not.toContain('driving-licence-not-carried-over');

    const json = await getCardChip(bureau, { cardId: card.id });
    const image = chipImageFromJson(json);
    expect(image.myNumber?.files['0001']).toBeUndefined(); // no individual number is stored
    const ca = await testCa();
    const { result } = await readCard(new MemoryTransport(new ResidenceCardEmulator(image)), {
      cardNumber: card.cardNumber,
      trust: buildTrustStore('sandbox', [], ca),
      deliveryPublicKey: ca.delivery.publicKey,
      now: new Date('2026-06-16T00:00:00Z'),
    });
    expect(result.cardType).toBe('07');
    expect(result.fields).toMatchObject({
      cardNumber: card.cardNumber,
      birthDate: '19900401',
      sex: '1',
      nationality: 'VNM',
      status: 'Z12',
      periodOfStay: '0100',
      permissionType: 'Z3',
      permissionDate: '20260615',
      workRestriction: '2',
      stayExpiry: '20270831',
      cardExpiry: '20270831',
      applicationPending: '0',
    });
    const signature = result.verdict.find((v) => v.check === 'signature');
    expect(signature?.status).toBe('SUCCEEDED');
  });

  it('changes the status on a change of status and maps the work restriction', async () => {
    const { bureau, residentId } = await setup('2026-06-15', {
      status: 'student',
      periodOfStay: 'P2Y',
      stayExpiry: '2026-09-30',
    });
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'change-of-status',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    const g = await grantApplication(bureau, {
      applicationId: application.id,
      newStatus: 'spouse-of-japanese',
      newPeriodOfStay: 'P3Y',
      newStayExpiry: '2029-06-15',
    });
    expect(g.card?.kind).toBe('residence-card');
    const resident = await getResident(bureau, residentId);
    expect(resident).toMatchObject({
      status: 'spouse-of-japanese',
      periodOfStay: 'P3Y',
      stayExpiry: '2029-06-15',
      applicationPending: null,
      permission: { kind: 'change-of-status', grantedOn: '2026-06-15' },
    });
    const image = chipImageFromJson(await getCardChip(bureau, g.card!.id));
    expect(image.cardType).toBe('05');
    expect(image.myNumber).toBeUndefined();
  });

  it('issues a 特定特別永住者証明書 at the municipality with the My Number function ending with the card', async () => {
    const { municipal, bureau, residentId } = await setup('2026-06-15', {
      status: 'special-permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
      nationality: 'KOR',
    });
    const { application } = await fileApplication(municipal, {
      residentId,
      procedure: 'change-of-address',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(application.office).toBe('municipality');
    expect((await domainError(() => grantApplication(bureau, { applicationId: application.id }))).code).toBe(
      'forbidden',
    );
    const g = await grantApplication(municipal, { applicationId: application.id });
    expect(g.card).toMatchObject({
      kind: 'specified-special-permanent-resident-certificate',
      cardType: '08',
      expiresOn: '2036-04-01',
    });
    expect(g.card?.myNumber).toMatchObject({ state: 'active', expiresOn: '2036-04-01' });
  });

  it('grants permanent residence: indefinite, no stay expiry, a 10-year card', async () => {
    const { bureau, residentId } = await setup('2026-06-15');
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'permanent-residence',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const g = await grantApplication(bureau, { applicationId: application.id });
    expect(g.card).toMatchObject({ kind: 'specified-residence-card', expiresOn: '2036-04-01' });
    expect(g.card?.myNumber?.expiresOn).toBe('2036-04-01');
    expect(await getResident(bureau, residentId)).toMatchObject({
      status: 'permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
    });
  });

  it('warns when a re-issue after loss is granted past the deadline', async () => {
    const { clock, bureau, residentId } = await setup('2026-06-15');
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    const { card } = await grantApplication(bureau, {
      applicationId: application.id,
      newStayExpiry: '2027-08-31',
    });
    clock.set('2026-07-01');
    await reportLoss(bureau, {
      cardId: card!.id,
      lostOn: '2026-06-30',
      policeReceiptNumber: 'SANDBOX-2',
      suspendChannel: 'counter',
    });
    clock.set('2026-07-13');
    const late = await fileApplication(bureau, {
      residentId,
      procedure: 'reissue-lost',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    expect(late.decision.warnings).not.toContain('reissue-deadline-passed');
    clock.set('2026-07-21');
    const g = await grantApplication(bureau, { applicationId: late.application.id });
    expect(g.warnings).toContain('reissue-deadline-passed');
    expect(g.card?.kind).toBe('residence-card');
    expect(g.replacedCardId).toBe(card!.id);
  });

  it('re-issues a lost card while an extension is pending, and the extension then replaces the re-issued card', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(db, clock);
    const { residentId, card } = await residentWithCard(bureau);
    clock.set('2027-06-01');
    const ext = await fileApplication(bureau, {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    clock.set('2027-06-03');
    await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2027-06-02',
      policeReceiptNumber: 'P-3',
      suspendChannel: 'counter',
    });
    const reissue = await fileApplication(bureau, {
      residentId,
      procedure: 'reissue-lost',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    const g1 = await grantApplication(bureau, { applicationId: reissue.application.id });
    expect(g1.card?.kind).toBe('residence-card');
    expect(chipImageFromJson(await getCardChip(bureau, g1.card!.id)).cardType).toBe('05');
    expect((await getResident(bureau, residentId)).applicationPending).toEqual({
      kind: 'extension-of-stay',
      filedOn: '2027-06-01',
    });
    const twoStays = await domainError(() =>
      fileApplication(bureau, {
        residentId,
        procedure: 'change-of-status',
        channel: 'counter',
        requestSpecifiedCard: false,
      }),
    );
    expect(twoStays.code).toBe('conflict');
    expect(twoStays.details).toMatchObject({ applicationId: ext.application.id });
    clock.set('2027-06-10');
    const g2 = await grantApplication(bureau, {
      applicationId: ext.application.id,
      newStayExpiry: '2028-08-31',
    });
    expect(g2.card?.kind).toBe('specified-residence-card');
    expect(g2.replacedCardId).toBe(g1.card?.id);
    expect((await getResident(bureau, residentId)).applicationPending).toBeNull();
  });

  it('refuses a second grant, unknown ids, bad new dates and administrators — storing nothing', async () => {
    const { db, bureau, admin, residentId } = await setup('2026-06-15');
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const cards = await countRows(db, 'cards');
    const missing = await domainError(() => grantApplication(bureau, { applicationId: application.id }));
    expect(missing).toMatchObject({ code: 'invalid-input', path: 'newStayExpiry' });
    const past = await domainError(() =>
      grantApplication(bureau, { applicationId: application.id, newStayExpiry: '2026-06-01' }),
    );
    expect(past).toMatchObject({ code: 'invalid-input', path: 'newStayExpiry' });
    const badStatus = await domainError(() =>
      grantApplication(bureau, {
        applicationId: application.id,
        newStayExpiry: '2027-08-31',
        newStatus: 'student',
      }),
    );
    expect(badStatus).toMatchObject({ code: 'invalid-input', path: 'newStatus' });
    expect((await domainError(() => grantApplication(admin, { applicationId: application.id }))).code).toBe(
      'forbidden',
    );
    expect((await domainError(() => grantApplication(bureau, { applicationId: 'app_none' }))).code).toBe(
      'not-found',
    );
    expect(await countRows(db, 'cards')).toBe(cards);
    expect((await getResident(bureau, residentId)).applicationPending).not.toBeNull();

    await grantApplication(bureau, { applicationId: application.id, newStayExpiry: '2027-08-31' });
    const twice = await domainError(() =>
      grantApplication(bureau, { applicationId: application.id, newStayExpiry: '2027-08-31' }),
    );
    expect(twice.code).toBe('invalid-transition');
    expect(twice.details).toMatchObject({ from: 'granted', to: 'granted' });
  });

  it('refuses new period fields on procedures that do not change the period', async () => {
    const { bureau, residentId } = await setup('2026-06-15', {
      status: 'permanent-resident',
      periodOfStay: 'indefinite',
      stayExpiry: null,
    });
    const { application } = await fileApplication(bureau, {
      residentId,
      procedure: 'card-renewal',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const e = await domainError(() =>
      grantApplication(bureau, { applicationId: application.id, newStayExpiry: '2030-01-01' }),
    );
    expect(e).toMatchObject({ code: 'invalid-input', path: 'newStayExpiry' });
    const g = await grantApplication(bureau, { applicationId: application.id });
    expect(g.card?.kind).toBe('specified-residence-card');
  });
});
