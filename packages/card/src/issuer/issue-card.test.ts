import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCardFiles } from '../files/card-files.ts';
import { createSandboxCa, type SandboxCa } from './ca/sandbox-ca.ts';
import { issueCard, SANDBOX_MY_NUMBER_PIN } from './issue-card.ts';
import { fieldsFromSeed } from './issue-fields.ts';

let ca: SandboxCa;
beforeAll(async () => {
  ca = await createSandboxCa();
}, 60_000);

describe('issueCard', () => {
  it('makes sandbox cards whose files decode back to the fields', async () => {
    for (const type of ['1', '05', '08'] as const) {
      const fields = fieldsFromSeed(type, 4);
      const image = await issueCard(type, fields, ca);
      expect(image.sandbox).toBe(true);
      expect(image.cardNumber).toBe(fields.cardNumber);
      const data = decodeCardFiles({ cardType: type, cardNumber: image.cardNumber, files: image.files });
      if (type !== '1') expect(data.printed?.birthDate).toBe(fields.birthDate);
      expect(data.checkCode?.length).toBe(type === '1' ? 256 : 96);
    }
  });

  it('gives 特定 cards the delivery key and a My Number side with the sandbox PIN', async () => {
    const image = await issueCard('07', fieldsFromSeed('07', 2), ca);
    expect(image.deliveryPrivateKeyPem).toMatch(/BEGIN PRIVATE KEY/);
    expect(image.myNumber?.pin).toBe(SANDBOX_MY_NUMBER_PIN);
    expect(image.myNumber?.pinTries).toBe(3);
    expect((await issueCard('05', fieldsFromSeed('05', 2), ca)).myNumber).toBeUndefined();
  });
});
