import { chipImageFromJson } from '@zairyu/card';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../../platform/clock.ts';
import { getCardChip } from './get-card-chip.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('getCardChip', (getDb) => {
  it('returns card.json for the emulator: sandbox, signed, no individual number', async () => {
    const { db } = getDb();
    const { bureau, admin } = await contexts(db, movableClock('2026-06-15'));
    const { card } = await residentWithCard(bureau);
    const json = await getCardChip(bureau, card.id);
    const doc = JSON.parse(json);
    expect(doc.format).toBe('zairyu-sandbox-card/1');
    expect(doc.sandbox).toBe(true);
    expect(doc.myNumber.files).toEqual({});
    const image = chipImageFromJson(json);
    expect(image.cardNumber).toBe(card.cardNumber);
    expect(image.deliveryPrivateKeyPem).toMatch(/PRIVATE KEY/);
    expect((await domainError(() => getCardChip(admin, card.id))).code).toBe('forbidden');
    expect((await domainError(() => getCardChip(bureau, 'card_none'))).code).toBe('not-found');
  });
});
