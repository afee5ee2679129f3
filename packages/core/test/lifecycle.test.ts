/**
 * The whole counter lifecycle on both databases: register → extension with a 特定 request at the bureau →
 * grant → 特定在留カード with a new number → loss report → My Number suspended → reissue-lost → ordinary card →
 * a later extension with a request → 特定 again (switch) → return → ordinary; the audit chain verifies.
 */
import { CARD_NUMBER_PATTERN, chipImageFromJson } from '@zairyu/card';
import { beforeAll, expect, it } from 'vitest';
import { fileApplication } from '../src/authority/commands/file-application.ts';
import { getCardChip } from '../src/authority/commands/get-card-chip.ts';
import { getResident } from '../src/authority/commands/get-resident.ts';
import { grantApplication } from '../src/authority/commands/grant-application.ts';
import { listCards } from '../src/authority/commands/list-cards.ts';
import { registerResident } from '../src/authority/commands/register-resident.ts';
import { reportLoss } from '../src/authority/commands/report-loss.ts';
import { verifyAuditChain } from '../src/platform/audit/verify-audit-chain.ts';
import { movableClock } from '../src/platform/clock.ts';
import { describeEachDialect } from './support/dialects.ts';
import { contexts, residentInput, TENANT, testCa } from './support/fixtures.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('card lifecycle', (getDb) => {
  it('runs from registration to return, a new card number at every issuance', async () => {
    const clock = movableClock('2026-06-15');
    const { bureau } = await contexts(getDb().db, clock);
    const resident = await registerResident(bureau, residentInput());

    // — extension of stay with a 特定在留カード request, at the bureau —
    const filed = await fileApplication(bureau, {
      residentId: resident.id,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(filed.decision.office).toBe('immigration-bureau');
    expect(filed.decision.cardToBeIssued).toBe('specified-residence-card');
    expect(filed.decision.messages.ja?.length).toBeGreaterThan(0);
    expect(filed.decision.messages.en?.length).toBeGreaterThan(0);
    expect(filed.application.status).toBe('filed');
    expect(filed.application.decision.documents).toContain('specified-card-application-form');
    expect((await getResident(bureau, resident.id)).applicationPending).toEqual({
      kind: 'extension-of-stay',
      filedOn: '2026-06-15',
    });

    const g1 = await grantApplication(bureau, {
      applicationId: filed.application.id,
      newStayExpiry: '2027-08-31',
    });
    const first = g1.card!;
    expect(first.kind).toBe('specified-residence-card');
    expect(first.cardType).toBe('07');
    expect(first.cardNumber).toMatch(CARD_NUMBER_PATTERN);
    expect(first.expiresOn).toBe('2027-08-31');
    expect(first.myNumber).toEqual({
      state: 'active',
      expiresOn: '2027-08-31',
      suspendedAt: null,
      suspendChannel: null,
    });
    expect(g1.replacedCardId).toBeNull();
    expect(g1.application.status).toBe('granted');
    expect(g1.application.cardId).toBe(first.id);
    const afterGrant = await getResident(bureau, resident.id);
    expect(afterGrant.stayExpiry).toBe('2027-08-31');
    expect(afterGrant.applicationPending).toBeNull();
    expect(afterGrant.permission).toEqual({ kind: 'extension-of-stay', grantedOn: '2026-06-15' });
    const chip = chipImageFromJson(await getCardChip(bureau, first.id));
    expect(chip.cardType).toBe('07');
    expect(chip.cardNumber).toBe(first.cardNumber);

    // — loss: police receipt, My Number suspended through the call centre —
    clock.set('2026-07-01');
    const loss = await reportLoss(bureau, {
      cardId: first.id,
      lostOn: '2026-06-30',
      policeReceiptNumber: 'SANDBOX-POLICE-0001',
      suspendChannel: 'call-centre',
    });
    expect(loss.card.state).toBe('lost');
    expect(loss.card.myNumber?.state).toBe('suspended');
    expect(loss.card.myNumber?.suspendChannel).toBe('call-centre');
    expect(loss.card.myNumber?.suspendedAt).toBe(clock.now().toISOString());
    expect(loss.lossReport.reissueDeadline).toBe('2026-07-14');
    expect(loss.steps.map((s) => s.code)).toEqual(
      expect.arrayContaining(['police-report', 'suspend-my-number-functions', 'reissue-application']),
    );

    // — re-issue after loss: an ordinary card —
    clock.set('2026-07-02');
    const reissue = await fileApplication(bureau, {
      residentId: resident.id,
      procedure: 'reissue-lost',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    expect(reissue.application.lostOn).toBe('2026-06-30');
    expect(reissue.application.policeReceiptNumber).toBe('SANDBOX-POLICE-0001');
    expect(reissue.decision.cardToBeIssued).toBe('residence-card');
    const g2 = await grantApplication(bureau, { applicationId: reissue.application.id });
    const second = g2.card!;
    expect(second.kind).toBe('residence-card');
    expect(second.cardType).toBe('05');
    expect(second.myNumber).toBeNull();
    expect(second.expiresOn).toBe('2027-08-31');
    expect(g2.replacedCardId).toBe(first.id);
    expect(g2.warnings).toContain('lost-card-reissued-as-ordinary');
    expect(g2.warnings).not.toContain('reissue-deadline-passed');

    // — a later extension with a request: 特定 again (switch) —
    clock.set('2027-06-01');
    const ext2 = await fileApplication(bureau, {
      residentId: resident.id,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    const g3 = await grantApplication(bureau, {
      applicationId: ext2.application.id,
      newStayExpiry: '2028-08-31',
    });
    const third = g3.card!;
    expect(third.kind).toBe('specified-residence-card');
    expect(third.myNumber?.state).toBe('active');
    expect(third.myNumber?.expiresOn).toBe('2028-08-31');
    expect(g3.replacedCardId).toBe(second.id);

    // — return of the 特定 card for an ordinary one —
    clock.set('2027-06-10');
    const ret = await fileApplication(bureau, {
      residentId: resident.id,
      procedure: 'return-specified-card',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    expect(ret.decision.warnings).toContain('two-cards-after-return');
    const g4 = await grantApplication(bureau, { applicationId: ret.application.id });
    const fourth = g4.card!;
    expect(fourth.kind).toBe('residence-card');
    expect(fourth.expiresOn).toBe('2028-08-31');
    expect(g4.replacedCardId).toBe(third.id);

    const cards = (await listCards(bureau, { residentId: resident.id })).items;
    expect(cards.map((c) => [c.kind, c.state, c.myNumber?.state ?? null])).toEqual([
      ['specified-residence-card', 'reissued', 'expired'],
      ['residence-card', 'replaced', null],
      ['specified-residence-card', 'returned', 'expired'],
      ['residence-card', 'issued', null],
    ]);
    expect(cards.map((c) => c.replacedBy)).toEqual([second.id, third.id, fourth.id, null]);
    expect(new Set(cards.map((c) => c.cardNumber)).size).toBe(4);

    const chain = await verifyAuditChain(getDb().db, TENANT);
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBeGreaterThan(10);
  });
});
