import { ResidenceCardEmulator } from '@zairyu/card';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { readCardChip } from './read-card-chip.ts';
import { reportLoss } from './report-loss.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);
afterEach(() => {
  vi.restoreAllMocks();
});

/** The My Number card applications (chip.md §7.1: JPKI, 券面事項入力補助, 券面事項確認, 住基, common). */
const MY_NUMBER_AIDS = [
  'D392F000260100000001',
  'D3921000310001010408',
  'D3921000310001010402',
  'D3921000310001010401',
  'D3921000310001010100',
];

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

describeEachDialect('readCardChip', (getDb) => {
  it('reads the issued chip back in process: fields and verdict, no images, no My Number application', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, municipal, admin } = await contexts(db, clock);
    const { card } = await residentWithCard(bureau, { specified: true });
    const selects: string[] = [];
    const process = ResidenceCardEmulator.prototype.process;
    vi.spyOn(ResidenceCardEmulator.prototype, 'process').mockImplementation(function (
      this: ResidenceCardEmulator,
      apdu: Uint8Array,
    ) {
      if (apdu[1] === 0xa4) selects.push(hex(apdu));
      return process.call(this, apdu);
    });

    const read = await readCardChip(municipal, card.id);
    expect(read.cardId).toBe(card.id);
    expect(read.generation).toBe('specified');
    expect(read.fields.cardNumber).toBe(card.cardNumber);
    expect(read.fields.birthDate).toBe('19900401');
    expect(read.fields.stayExpiry).toBe('20270831');
    const status = Object.fromEntries(read.verdict.map((v) => [v.check, `${v.status} ${v.reason}`]));
    expect(status).toMatchObject({
      'card-access': 'SUCCEEDED card-number-verified',
      'secure-messaging': 'SUCCEEDED sm-responses-decrypted',
      signature: expect.stringMatching(/^SUCCEEDED /),
      'certificate-chain': expect.stringMatching(/^SUCCEEDED /),
      'card-expiry': 'SUCCEEDED card-valid',
      'stay-expiry': 'SUCCEEDED within-period-of-stay',
      revocation: 'SUCCEEDED not-revoked',
    });
    expect(read.verdict.find((v) => v.check === 'certificate-chain')?.anchorSource).toBe('sandbox-ca');
    expect(read.images.face).toBe('present');
    const { verdict: _v, ...rest } = read;
    const text = JSON.stringify(rest);
    expect(text).not.toMatch(/\d{12}/); // nothing of a 個人番号
    expect(Object.values(rest).every((v) => JSON.stringify(v).length < 2000)).toBe(true); // no image data

    expect(selects.length).toBeGreaterThan(0);
    for (const s of selects) for (const aid of MY_NUMBER_AIDS) expect(s).not.toContain(aid);

    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'cards.read-back')
      .where('subject_id', '=', card.id)
      .execute();
    expect(audit).toHaveLength(1);
    const fields = JSON.parse(audit[0]?.changed_fields ?? '[]') as string[];
    expect(fields).toContain('verdict');
    expect(fields).toContain('fields.cardNumber');
    expect(JSON.stringify(audit[0])).not.toContain(card.cardNumber);

    // the authority's own records answer the revocation check
    await reportLoss(bureau, {
      cardId: card.id,
      lostOn: '2026-06-15',
      policeReceiptNumber: 'SANDBOX-0001',
      suspendChannel: 'counter',
    });
    const lost = await readCardChip(bureau, { cardId: card.id });
    expect(lost.verdict.find((v) => v.check === 'revocation')).toMatchObject({
      status: 'FAILED',
      reason: 'card-revoked-lost',
    });

    expect((await domainError(() => readCardChip(admin, card.id))).code).toBe('forbidden');
    expect((await domainError(() => readCardChip(bureau, 'card_none'))).code).toBe('not-found');
  });

  it('refuses a card outside the officer’s municipality', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { bureau, municipal } = await contexts(db, clock, 'tenant-read-back');
    const { card } = await residentWithCard(bureau, {
      resident: { municipalityCode: '131024', address: '東京都中央区（架空）' },
    });
    expect((await domainError(() => readCardChip(municipal, card.id))).code).toBe('forbidden');
    const other = await contexts(db, clock, 'tenant-read-back-z');
    expect((await domainError(() => readCardChip(other.bureau, card.id))).code).toBe('not-found');
  });
});
