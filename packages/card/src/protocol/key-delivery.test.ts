import { constants, generateKeyPairSync, publicEncrypt, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCommand, parseCommand } from '../apdu/command-apdu.ts';
import { encodeResponse, parseResponse } from '../apdu/response-apdu.ts';
import { SW_OK } from '../apdu/status-words.ts';
import { concat, fromHex, toHex } from '../bytes.ts';
import {
  buildSetSessionKey,
  openSetSessionKey,
  SESSION_KEY_TEMPLATE,
  sessionKeyFromSeed,
} from './key-delivery.ts';
import {
  buildSmReadBinary,
  buildVerifyCommand,
  checkVerifyData,
  decryptDo86,
  encryptDo86,
  parseLeDo,
  specifiedIv,
} from './secure-messaging.ts';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SEED = fromHex('000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F');

function oaep(plain: Uint8Array): Uint8Array {
  return new Uint8Array(
    publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, plain),
  );
}

describe('特定 key delivery (chip.md §6.1, modelled)', () => {
  it('SET SESSION KEY is 80 AE 00 00 00 01 00 ‖ 256-byte OAEP cryptogram, no Le', () => {
    const bytes = encodeCommand(buildSetSessionKey(publicKey, SEED));
    expect(bytes.length).toBe(7 + 256);
    expect(toHex(bytes.subarray(0, 7))).toBe('80AE0000000100');
    expect(toHex(SESSION_KEY_TEMPLATE)).toBe('A0228020');
  });

  it('the card recovers seed[0..16] as the session key', () => {
    const c = parseCommand(encodeCommand(buildSetSessionKey(publicKey, SEED)));
    const key = openSetSessionKey(privateKey, c.data);
    expect(toHex(key!)).toBe('000102030405060708090A0B0C0D0E0F');
    expect(toHex(sessionKeyFromSeed(SEED))).toBe(toHex(key!));
  });

  it('null (→ 6A 80) for another template, a wrong seed length, a wrong key, PKCS#1 v1.5 or junk', () => {
    expect(openSetSessionKey(privateKey, oaep(concat(fromHex('A0228120'), SEED)))).toBeNull();
    expect(openSetSessionKey(privateKey, oaep(concat(fromHex('A0228020'), SEED.subarray(0, 31))))).toBeNull();
    expect(openSetSessionKey(privateKey, oaep(concat(fromHex('A0228020'), SEED, fromHex('00'))))).toBeNull();
    expect(openSetSessionKey(other.privateKey, buildSetSessionKey(publicKey, SEED).data)).toBeNull();
    const pkcs1 = publicEncrypt(
      { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
      concat(SESSION_KEY_TEMPLATE, SEED),
    );
    expect(openSetSessionKey(privateKey, new Uint8Array(pkcs1))).toBeNull();
    expect(openSetSessionKey(privateKey, new Uint8Array(0))).toBeNull();
  });

  it('rejects a seed that is not 32 bytes', () => {
    expect(() => buildSetSessionKey(publicKey, new Uint8Array(16))).toThrow(RangeError);
    expect(() => sessionKeyFromSeed(new Uint8Array(33))).toThrow(RangeError);
  });

  it('round trip terminal ↔ card: SET SESSION KEY, VERIFY (counter 1), SM READ BINARY (counter 2)', () => {
    const cardNumber = 'AB12345678CD';
    const seed = new Uint8Array(randomBytes(32));
    // terminal
    const terminalKey = sessionKeyFromSeed(seed);
    let terminalCounter = 0;
    // card
    let cardKey: Uint8Array | null = null;
    let cardCounter = 0;
    const card = (apdu: Uint8Array): Uint8Array => {
      const c = parseCommand(apdu);
      if (c.cla === 0x80 && c.ins === 0xae) {
        cardKey = openSetSessionKey(privateKey, c.data);
        cardCounter = 0;
        return encodeResponse({ data: new Uint8Array(0), sw: cardKey ? SW_OK : 0x6a80 });
      }
      if (cardKey === null || c.cla !== 0x08) return encodeResponse({ data: new Uint8Array(0), sw: 0x6982 });
      cardCounter += 1;
      const iv = specifiedIv(cardKey, cardCounter);
      if (c.ins === 0x20) {
        const r = checkVerifyData('aes', cardKey, iv, c.data, cardNumber);
        return encodeResponse({
          data: new Uint8Array(0),
          sw: r === 'match' ? SW_OK : r === 'mismatch' ? 0x6300 : 0x6988,
        });
      }
      const le = parseLeDo(c.data);
      if (le === null) return encodeResponse({ data: new Uint8Array(0), sw: 0x6988 });
      const file = fromHex('C20C4142313233343536373843440000').subarray(0, Math.min(14, le));
      return encodeResponse({ data: encryptDo86('aes', cardKey, iv, file), sw: SW_OK });
    };

    expect(parseResponse(card(encodeCommand(buildSetSessionKey(publicKey, seed)))).sw).toBe(SW_OK);
    expect(toHex(cardKey!)).toBe(toHex(terminalKey));

    terminalCounter += 1;
    const verify = buildVerifyCommand(
      'aes',
      terminalKey,
      cardNumber,
      specifiedIv(terminalKey, terminalCounter),
    );
    expect(parseResponse(card(encodeCommand(verify))).sw).toBe(SW_OK);

    terminalCounter += 1;
    const read = parseResponse(card(encodeCommand(buildSmReadBinary(0x81, 0x00, 65536, '96-03'))));
    expect(read.sw).toBe(SW_OK);
    const plain = decryptDo86('aes', terminalKey, specifiedIv(terminalKey, terminalCounter), read.data);
    expect(toHex(plain!)).toBe('C20C414231323334353637384344');

    // a terminal that loses count cannot read the answer
    terminalCounter += 1;
    const again = parseResponse(card(encodeCommand(buildSmReadBinary(0x81, 0x00, 14, '96-02'))));
    expect(again.sw).toBe(SW_OK);
    const lost = decryptDo86('aes', terminalKey, specifiedIv(terminalKey, terminalCounter + 1), again.data);
    expect(lost === null ? null : toHex(lost)).not.toBe('C20C414231323334353637384344');
  });

  it('property: random data to openSetSessionKey gives null, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 256, maxLength: 256 })),
        (data) => {
          expect(openSetSessionKey(privateKey, data)).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });
});
