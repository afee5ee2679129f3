import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CARD_NUMBER, fixtureDeliveryKeys, fixtureImage } from '../../test/fixture-image.ts';
import { fromHex, toHex } from '../bytes.ts';
import { AID_DF1, AID_DF2, AID_RESIDENCE_AP, MY_NUMBER_AIDS } from '../protocol/aids.ts';
import { ApduChannel } from '../reader/apdu-channel.ts';
import { readFiles } from '../reader/read-files.ts';
import { MemoryTransport } from '../transport/memory-transport.ts';
import { ATR } from './atr.ts';
import type { ChipImage } from './chip-image.ts';
import { ResidenceCardEmulator } from './residence-card-emulator.ts';

const CARD = FIXTURE_CARD_NUMBER;
const { publicKey } = fixtureDeliveryKeys;
const image = fixtureImage;

async function fullRead(cardType: ChipImage['cardType'], cardNumber = CARD) {
  const card = new ResidenceCardEmulator(image(cardType));
  const ch = new ApduChannel(new MemoryTransport(card));
  const r = await readFiles(ch, { cardNumber, deliveryPublicKey: publicKey });
  return { r, ch, card };
}

describe('ResidenceCardEmulator + readFiles', () => {
  for (const type of ['1', '05', '06', '07', '08'] as const) {
    it(`reads every file of a type ${type} card in one APDU each, byte for byte`, async () => {
      const { r, ch } = await fullRead(type);
      expect(r.access).toBe('succeeded');
      expect(r.secureMessaging).toBe('succeeded');
      const img = image(type);
      for (const f of img.files.filter((x) => x.df !== 'MF'))
        expect(
          toHex(r.files.get(`${f.df}/${f.p1.toString(16).toUpperCase()}`) ?? new Uint8Array()),
          `${f.df}/${f.p1}`,
        ).toBe(toHex(f.content));
      // 8A (+ a failed 8A at the MF and SELECT 在留AP on 特定), 8B, two auth APDUs, VERIFY, 3 SELECT DF, one READ per EF
      const reads = img.files.filter((x) => x.df !== 'MF').length;
      expect(ch.transcript.apdus).toBe(8 + reads + (type === '07' || type === '08' ? 1 : 0));
    });
  }

  it('reports a wrong card number as a mismatch, for every generation', async () => {
    for (const type of ['1', '05', '07'] as const)
      expect((await fullRead(type, 'ZZ99999999ZZ')).r.access).toBe('card-number-mismatch');
  });

  it('answers the reset with the pinned ATR and wipes the session', async () => {
    const { card } = await fullRead('05');
    expect(toHex(card.reset())).toBe(toHex(ATR));
    expect(toHex(ATR).slice(0, 24)).toBe('3B8880010000000000817180');
    expect(ATR.slice(1).reduce((a, b) => a ^ b, 0)).toBe(0); // TCK makes the XOR of T0…TCK zero
    card.process(fromHex(`00A4040C10${toHex(AID_DF2)}`));
    expect(toHex(card.process(fromHex('00B08100000000')))).toBe('6982'); // not authenticated after reset
  });
});

describe('ResidenceCardEmulator status words', () => {
  const card = () => new ResidenceCardEmulator(image('05'), { random: (n) => new Uint8Array(n).fill(0x11) });
  const send = (c: ResidenceCardEmulator, hex: string) => toHex(c.process(fromHex(hex)));

  it('serves the free MF files and refuses the rest before authentication', () => {
    const c = card();
    expect(send(c, '00B08A00000000')).toBe('C102303590' + '00');
    expect(send(c, '00B08A0001').slice(-4)).toBe('9000'); // short Le, partial read
    expect(send(c, '00B08A0201')).toBe('309000'); // offset read
    expect(send(c, '00B08A0401')).toBe('6B00'); // offset beyond the file
    expect(send(c, `00A4040C10${toHex(AID_DF1)}`)).toBe('9000');
    expect(send(c, '00B08100000000')).toBe('6982');
    expect(send(c, '00B09F00000000')).toBe('6A82');
    expect(send(c, '00B00000000000')).toBe('6986');
  });

  it('needs a fresh challenge for MUTUAL AUTHENTICATE; any other command consumes it', () => {
    const c = card();
    expect(send(c, `0082000028${'00'.repeat(40)}00`)).toBe('6985');
    expect(send(c, '0084000008')).toBe('1111111111111111' + '9000');
    send(c, '00B08A00000000');
    expect(send(c, `0082000028${'00'.repeat(40)}00`)).toBe('6985');
    expect(send(c, '0084000008').slice(-4)).toBe('9000');
    expect(send(c, `0082000028${'00'.repeat(40)}00`)).toBe('6300'); // bad MAC
    expect(send(c, '0084000004')).toBe('6700');
  });

  it('rejects unknown CLA and INS, malformed APDUs, and plain VERIFY', () => {
    const c = card();
    expect(send(c, '10B08A00')).toBe('6E00');
    expect(send(c, '00CA0000')).toBe('6D00');
    expect(send(c, '00A4')).toBe('6700');
    expect(send(c, '0020008600')).toBe('6982');
    expect(send(c, '08A4040C02DF01')).toBe('6882');
    expect(send(c, '00A4020C020001')).toBe('9000'); // SELECT EF01 of the MF (gen 2)
    expect(send(c, '00A4020C020009')).toBe('6A82');
  });

  it('never throws on random or mutated APDUs', () => {
    for (const type of ['1', '05', '07'] as const) {
      const c = new ResidenceCardEmulator(image(type));
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
          const out = c.process(bytes);
          expect(out.length).toBeGreaterThanOrEqual(2);
        }),
        { numRuns: 400 },
      );
    }
  });
});

describe('特定 card specifics (modelled)', () => {
  const send = (c: ResidenceCardEmulator, hex: string) => toHex(c.process(fromHex(hex)));

  it('keeps the residence files under the 在留AP, not the MF', () => {
    const c = new ResidenceCardEmulator(image('07'));
    expect(send(c, '00B08A00000000')).toBe('6A82');
    expect(send(c, `00A4040C10${toHex(AID_DF1)}`)).toBe('6A82');
    expect(send(c, `00A4040C10${toHex(AID_RESIDENCE_AP)}`)).toBe('9000');
    expect(send(c, '00B08A00000000')).toBe('C10230379000');
  });

  it('locks the My Number PIN after three wrong tries, and the count survives a reset', () => {
    const img = image('07');
    const c = new ResidenceCardEmulator(img);
    expect(send(c, `00A4040C0A${toHex(MY_NUMBER_AIDS.text)}`)).toBe('9000');
    expect(send(c, '00A4020C020011')).toBe('9000');
    expect(send(c, '0020008000')).toBe('63C3');
    expect(send(c, '002000800431313131')).toBe('63C2');
    c.reset();
    send(c, `00A4040C0A${toHex(MY_NUMBER_AIDS.text)}`);
    send(c, '00A4020C020011');
    expect(send(c, '002000800431313131')).toBe('63C1');
    expect(send(c, '002000800431313131')).toBe('6984');
    expect(send(c, '002000800431323334')).toBe('6984'); // even the right PIN: blocked
    send(c, '00A4020C020001');
    expect(send(c, '00B0000000')).toBe('6982');
  });

  it('destroys the session on a bad cryptogram (69 88, then 69 FC)', async () => {
    const { card } = await fullRead('07');
    expect(send(card, `0820008613861101${'00'.repeat(16)}`)).toBe('6988');
    expect(send(card, '08B0810000000596030000000000')).toBe('69FC');
  });
});

describe('mutated APDUs from real sessions', () => {
  it('never crash the emulator: every mutation gets a status word', async () => {
    for (const type of ['1', '05', '07'] as const) {
      const recorded: Uint8Array[] = [];
      const card = new ResidenceCardEmulator(image(type));
      await readFiles(
        new ApduChannel(
          new MemoryTransport({
            process: (c) => {
              recorded.push(c);
              return card.process(c);
            },
            reset: () => card.reset(),
            atr: () => card.atr(),
          }),
        ),
        { cardNumber: CARD, deliveryPublicKey: publicKey },
      );
      fc.assert(
        fc.property(
          fc.nat({ max: recorded.length - 1 }),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          (index, flips, truncate) => {
            const c = recorded[index]!.slice();
            for (const [pos, value] of flips) c[pos % c.length] = value;
            const input = truncate ? c.subarray(0, Math.max(0, c.length - 1 - (flips[0]![0] % 8))) : c;
            const out = card.process(input);
            expect(out.length).toBeGreaterThanOrEqual(2);
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
