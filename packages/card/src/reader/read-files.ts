/**
 * The APDU conversation of a full read: detect the card type, authenticate with the card number (gen 1/2:
 * GET CHALLENGE + MUTUAL AUTHENTICATE + SM VERIFY; 特定: SET SESSION KEY + SM VERIFY, modelled), then read
 * every EF of DF1–DF3 with one extended-length READ BINARY each (the fewest round trips the card allows).
 * Never selects a My Number application.
 */
import { type KeyObject, randomBytes } from 'node:crypto';
import { CardError } from '../apdu/card-error.ts';
import type { CommandApdu } from '../apdu/command-apdu.ts';
import { concat } from '../bytes.ts';
import { cardEfLayout } from '../files/card-files.ts';
import { type CardType, isCardType } from '../files/card-type.ts';
import { AID_DF1, AID_DF2, AID_DF3, AID_RESIDENCE_AP } from '../protocol/aids.ts';
import { type CipherSuite, suiteForCardType } from '../protocol/cipher-suite.ts';
import { buildSetSessionKey, sessionKeyFromSeed } from '../protocol/key-delivery.ts';
import { accessKeyFromCardNumber, sessionKey } from '../protocol/key-derivation.ts';
import {
  buildGetChallenge,
  buildMutualAuthData,
  buildMutualAuthenticate,
  checkMutualAuthResponse,
} from '../protocol/mutual-auth.ts';
import {
  buildSmReadBinary,
  buildVerifyCommand,
  decryptDo86,
  specifiedIv,
  zeroIv,
} from '../protocol/secure-messaging.ts';
import type { ApduChannel } from './apdu-channel.ts';

/** What the conversation produced. */
export interface FilesRead {
  cardType: CardType;
  /** Physical EF contents keyed `MF/8A`, `DF1/85` … (P1 in hex). */
  files: Map<string, Uint8Array>;
  /** Outcome of card-number authentication. */
  access: 'succeeded' | 'card-number-mismatch';
  /** Whether every SM response decrypted with correct padding. */
  secureMessaging: 'succeeded' | 'failed' | 'not-reached';
}

/** Options of a read. */
export interface ReadFilesOptions {
  cardNumber: string;
  /** 特定 cards: the key-delivery public key (ISA's for production, the sandbox's for sandbox cards). */
  deliveryPublicKey?: KeyObject;
  random?: (n: number) => Uint8Array;
}

const READ_ALL = 0x10000;
const select = (aid: Uint8Array): CommandApdu => ({
  cla: 0,
  ins: 0xa4,
  p1: 4,
  p2: 0x0c,
  data: aid,
  le: null,
  extended: false,
});
const readPlain = (p1: number): CommandApdu => ({
  cla: 0,
  ins: 0xb0,
  p1,
  p2: 0,
  data: new Uint8Array(0),
  le: READ_ALL,
  extended: true,
});

function cardTypeOf(ef02: Uint8Array): CardType | null {
  // C1 L value (1 or 2 ASCII characters)
  if (ef02.length < 3 || ef02[0] !== 0xc1) return null;
  const len = ef02[1]!;
  const text = new TextDecoder().decode(ef02.subarray(2, 2 + len));
  return isCardType(text) ? text : null;
}

/** Runs the conversation; throws CardError for anything but a wrong card number. */
export async function readFiles(ch: ApduChannel, options: ReadFilesOptions): Promise<FilesRead> {
  const random = options.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const files = new Map<string, Uint8Array>();
  const accessKey = accessKeyFromCardNumber(options.cardNumber);

  // 1. card type: MF EF02 (free); a 特定 card keeps it under the 在留AP
  let r = await ch.send(readPlain(0x8a), 'detect-card-type');
  if (r.sw === 0x6a82) {
    await ch.expectOk(select(AID_RESIDENCE_AP), 'select-residence-ap');
    r = await ch.send(readPlain(0x8a), 'detect-card-type');
    if (r.sw === 0x6a82)
      throw new CardError({
        step: 'detect-card-type',
        sw: r.sw,
        code: 'not-a-residence-card',
        message: 'this card has no residence application (a plain My Number card or another card)',
      });
  }
  if (r.sw !== 0x9000) throw new CardError({ step: 'detect-card-type', sw: r.sw });
  const cardType = cardTypeOf(r.data);
  if (!cardType)
    throw new CardError({
      step: 'detect-card-type',
      sw: null,
      code: 'unknown-card-type',
      message: 'unknown card type in MF/EF02',
    });
  files.set('MF/8A', r.data);
  const common = await ch.send(readPlain(0x8b), 'read-common-data');
  if (common.sw === 0x9000) files.set('MF/8B', common.data);
  const suite = suiteForCardType(cardType) as CipherSuite;
  const specified = cardType === '07' || cardType === '08';

  // 2. authentication
  let ks: Uint8Array;
  let counter = 0;
  if (specified) {
    if (!options.deliveryPublicKey)
      throw new CardError({
        step: 'set-session-key',
        sw: null,
        code: 'no-delivery-key',
        message: 'a 特定 card needs the key-delivery public key (--delivery-key FILE, or the sandbox CA)',
      });
    const seed = random(32);
    await ch.expectOk(buildSetSessionKey(options.deliveryPublicKey, seed), 'set-session-key');
    ks = sessionKeyFromSeed(seed);
  } else {
    const rndIcc = await ch.expectOk(buildGetChallenge(), 'get-challenge');
    if (rndIcc.length !== 8)
      throw new CardError({
        step: 'get-challenge',
        sw: null,
        code: 'wrong-length',
        message: `get-challenge: the card answered ${rndIcc.length} bytes, expected 8`,
      });
    const rndIfd = random(8);
    const kIfd = random(16);
    const ma = await ch.send(
      buildMutualAuthenticate(buildMutualAuthData(suite, accessKey, rndIcc, rndIfd, kIfd)),
      'mutual-authenticate',
    );
    if (ma.sw === 0x6300)
      return { cardType, files, access: 'card-number-mismatch', secureMessaging: 'not-reached' };
    if (ma.sw !== 0x9000) throw new CardError({ step: 'mutual-authenticate', sw: ma.sw });
    ks = sessionKey(kIfd, checkMutualAuthResponse(suite, accessKey, ma.data, rndIcc, rndIfd));
  }
  const nextIv = () => (specified ? specifiedIv(ks, ++counter) : zeroIv(suite));
  const v = await ch.send(buildVerifyCommand(suite, ks, options.cardNumber, nextIv()), 'verify');
  if (v.sw === 0x6300)
    return { cardType, files, access: 'card-number-mismatch', secureMessaging: 'not-reached' };
  if (v.sw !== 0x9000) throw new CardError({ step: 'verify', sw: v.sw });

  // 3. files
  let sm: FilesRead['secureMessaging'] = 'succeeded';
  const aids = { DF1: AID_DF1, DF2: AID_DF2, DF3: AID_DF3 };
  let current: string | null = null;
  for (const { df, p1, smOnly: useSm } of cardEfLayout(cardType).filter((d) => d.df !== 'MF')) {
    if (current !== df) {
      await ch.expectOk(select(aids[df as 'DF1' | 'DF2' | 'DF3']), `select-${df.toLowerCase()}`);
      current = df;
    }
    const key = `${df}/${p1.toString(16).toUpperCase()}`;
    if (useSm) {
      const iv = nextIv();
      const res = await ch.send(
        buildSmReadBinary(p1, 0, READ_ALL, specified ? '96-03' : '96-02'),
        `read-${key}`,
      );
      if (res.sw !== 0x9000) throw new CardError({ step: `read-${key}`, sw: res.sw });
      const plain = decryptDo86(suite, ks, iv, res.data);
      if (!plain) {
        sm = 'failed';
        continue;
      }
      files.set(key, plain);
    } else {
      const res = await ch.send(readPlain(p1), `read-${key}`);
      if (res.sw !== 0x9000) throw new CardError({ step: `read-${key}`, sw: res.sw });
      files.set(key, concat(res.data));
    }
  }
  return { cardType, files, access: 'succeeded', secureMessaging: sm };
}
