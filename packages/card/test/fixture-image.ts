/**
 * A structural test card (files of the right sizes filled with patterns, not real DOs) for protocol and
 * transport tests that do not decode content. Synthetic.
 */
import { generateKeyPairSync } from 'node:crypto';
import { fromHex, toHex, utf8 } from '../src/bytes.ts';
import type { ChipFile, ChipImage } from '../src/emulator/chip-image.ts';

/** The card number of every fixture card. */
export const FIXTURE_CARD_NUMBER = 'AA12345678BB';

/** A key-delivery key pair for 特定 fixtures. */
export const fixtureDeliveryKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

const file = (df: ChipFile['df'], ef: number, p1: number, content: string | Uint8Array): ChipFile => ({
  df,
  ef,
  p1,
  free: df === 'MF',
  smOnly: df === 'DF1',
  content: typeof content === 'string' ? fromHex(content) : content,
});

/** Deterministic filler bytes. */
export const pattern = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed + 7) & 0xff);

/** A fixture card of the given type. */
export function fixtureImage(cardType: ChipImage['cardType']): ChipImage {
  const gen1 = cardType === '1' || cardType === '2';
  const typeBytes = `C10${cardType.length}${toHex(utf8(cardType))}`;
  const mf = [file('MF', 1, 0x8b, 'C00430303031'), file('MF', 2, 0x8a, typeBytes)];
  const files = gen1
    ? [
        ...mf,
        file('DF1', 1, 0x85, pattern(7004, 3)),
        file('DF1', 2, 0x86, pattern(3004, 5)),
        file('DF2', 1, 0x81, pattern(342, 7)),
        ...(cardType === '1'
          ? [
              file('DF2', 2, 0x82, pattern(122, 2)),
              file('DF2', 3, 0x83, new Uint8Array(122)),
              file('DF2', 4, 0x84, 'D70130'),
            ]
          : []),
        file('DF3', 1, 0x82, pattern(1464, 11)),
      ]
    : [
        ...mf,
        file('DF1', 1, 0x81, pattern(14, 3)),
        file('DF1', 2, 0x83, pattern(73, 5)),
        file('DF1', 3, 0x84, pattern(5508, 7)),
        file('DF1', 4, 0x86, pattern(2505, 9)),
        ...(cardType === '05' || cardType === '07'
          ? [file('DF2', 1, 0x81, pattern(22, 1)), file('DF2', 2, 0x82, pattern(3, 1))]
          : []),
        file('DF2', 3, 0x83, pattern(207, 1)),
        file('DF3', 1, 0x82, pattern(704, 13)),
      ];
  const img: ChipImage = { sandbox: true, cardType, cardNumber: FIXTURE_CARD_NUMBER, files };
  if (cardType === '07' || cardType === '08') {
    img.deliveryPrivateKeyPem = fixtureDeliveryKeys.privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
    img.myNumber = { pin: '1234', pinTries: 3, files: { '0001': fromHex(`FF100C${'30'.repeat(12)}FFFF`) } };
  }
  return img;
}
