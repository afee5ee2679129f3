/**
 * A faithful software residence card (1st generation, 2nd generation, 特定): the MF/DF/EF tree with access
 * conditions, card-number authentication (gen 1/2: GET CHALLENGE + MUTUAL AUTHENTICATE + SM VERIFY; 特定:
 * SET SESSION KEY + SM VERIFY with counter IVs — modelled, see chip.md §6.1), SM-only files, short and
 * extended APDUs, partial and offset reads, and the status words of chip.md §4.7/§6.1/§8. A 特定 card also
 * carries My Number applications, with a 4-digit PIN on the 券面事項入力補助AP (3 tries, 63 Cx, 69 84), so
 * privacy behaviour can be tested. Any input bytes get a status word, never an exception.
 */
import { type KeyObject, randomBytes } from 'node:crypto';
import { ApduFormatError } from '../apdu/apdu-format-error.ts';
import { type CommandApdu, parseCommand } from '../apdu/command-apdu.ts';
import { encodeResponse } from '../apdu/response-apdu.ts';
import * as SW from '../apdu/status-words.ts';
import { equal, utf8 } from '../bytes.ts';
import { readPrivateKey, requireRsaKey } from '../crypto/keys.ts';
import { AID_DF1, AID_DF2, AID_DF3, AID_RESIDENCE_AP, MY_NUMBER_AIDS } from '../protocol/aids.ts';
import type { CipherSuite } from '../protocol/cipher-suite.ts';
import { openSetSessionKey } from '../protocol/key-delivery.ts';
import { accessKeyFromCardNumber, sessionKey } from '../protocol/key-derivation.ts';
import { answerMutualAuth } from '../protocol/mutual-auth.ts';
import { decryptDo86, encryptDo86, parseLeDo, specifiedIv, zeroIv } from '../protocol/secure-messaging.ts';
import type { ApduProcessor } from '../transport/transport.ts';
import { ATR } from './atr.ts';
import type { ChipFile, ChipImage, DfName } from './chip-image.ts';

type Selected = 'MF' | 'RAP' | 'DF1' | 'DF2' | 'DF3' | `MN-${keyof typeof MY_NUMBER_AIDS}`;

interface Session {
  key: Uint8Array;
  /** 特定: SM message counter (the next SM command uses counter + 1). */
  counter: number;
  /** 特定: a bad cryptogram destroyed the session (SM answers 69 FC). */
  destroyed: boolean;
}

/** Options for tests: a deterministic random source. */
export interface EmulatorOptions {
  random?: (n: number) => Uint8Array;
}

const sw = (code: number, data: Uint8Array = new Uint8Array(0)) => encodeResponse({ data, sw: code });
const EXTENDED_ALL = 0x10000;

/** The software card. */
export class ResidenceCardEmulator implements ApduProcessor {
  private readonly specified: boolean;
  private readonly suite: CipherSuite;
  private readonly accessKey: Uint8Array;
  private readonly deliveryKey: KeyObject | null;
  private readonly random: (n: number) => Uint8Array;
  private selected: Selected = 'MF';
  private currentEf: ChipFile | null = null;
  private currentMnEf: string | null = null;
  private challenge: Uint8Array | null = null;
  private session: Session | null = null;
  private authenticated = false;
  private pinVerified = false;

  constructor(
    private readonly image: ChipImage,
    options: EmulatorOptions = {},
  ) {
    this.specified = image.cardType === '07' || image.cardType === '08';
    this.suite = image.cardType === '1' || image.cardType === '2' ? 'tdes' : 'aes';
    this.accessKey = accessKeyFromCardNumber(image.cardNumber);
    this.deliveryKey = image.deliveryPrivateKeyPem
      ? requireRsaKey(
          readPrivateKey(image.deliveryPrivateKeyPem, 'deliveryPrivateKeyPem'),
          2048,
          'deliveryPrivateKeyPem',
        )
      : null;
    this.random = options.random ?? ((n) => new Uint8Array(randomBytes(n)));
  }

  /** Cold reset: MF current, no challenge, no session. PIN try counters survive. */
  reset(): Uint8Array {
    this.selected = 'MF';
    this.currentEf = null;
    this.currentMnEf = null;
    this.challenge = null;
    this.session = null;
    this.authenticated = false;
    this.pinVerified = false;
    return ATR.slice();
  }

  atr(): Uint8Array {
    return ATR.slice();
  }

  process(bytes: Uint8Array): Uint8Array {
    let c: CommandApdu;
    try {
      c = parseCommand(bytes, { surplus: 'ignore' });
    } catch (e) {
      if (e instanceof ApduFormatError) return sw(SW.SW_WRONG_LENGTH);
      throw e;
    }
    const challenge = this.challenge;
    this.challenge = null; // any command consumes a pending challenge
    if (c.cla !== 0x00 && c.cla !== 0x08 && c.cla !== 0x80) return sw(SW.SW_CLA_NOT_SUPPORTED);
    if (this.selected.startsWith('MN-')) return this.myNumber(c);
    switch (c.ins) {
      case 0xa4:
        return this.select(c);
      case 0x84:
        return this.getChallenge(c);
      case 0x82:
        return this.mutualAuthenticate(c, challenge);
      case 0xae:
        return this.setSessionKey(c);
      case 0x20:
        return this.verify(c);
      case 0xb0:
        return this.readBinary(c);
      default:
        return sw(SW.SW_INS_NOT_SUPPORTED);
    }
  }

  // — selection —

  private wipeSession() {
    this.session = null;
    this.authenticated = false;
  }

  private select(c: CommandApdu): Uint8Array {
    if (c.cla === 0x08 && !this.specified) return sw(SW.SW_SM_NOT_SUPPORTED);
    if (c.cla !== 0x00) return sw(SW.SW_CLA_NOT_SUPPORTED);
    if (c.p1 === 0x00) {
      if (c.data.length !== 0 && !equal(c.data, Uint8Array.of(0x3f, 0x00))) return sw(SW.SW_FILE_NOT_FOUND);
      if (this.specified) this.wipeSession();
      this.selected = 'MF';
      this.currentEf = null;
      return sw(SW.SW_OK);
    }
    if (c.p1 === 0x04) {
      const aid = c.data;
      for (const [name, id] of Object.entries(MY_NUMBER_AIDS)) {
        if (equal(aid, id)) {
          if (!this.specified) return sw(SW.SW_FILE_NOT_FOUND);
          this.wipeSession();
          this.selected = `MN-${name as keyof typeof MY_NUMBER_AIDS}`;
          this.currentEf = null;
          this.currentMnEf = null;
          this.pinVerified = false;
          return sw(SW.SW_OK);
        }
      }
      if (equal(aid, AID_RESIDENCE_AP)) {
        if (!this.specified) return sw(SW.SW_FILE_NOT_FOUND);
        this.wipeSession(); // re-selecting the 在留AP clears the session (特定 spec §4.2.3(2))
        this.selected = 'RAP';
        this.currentEf = null;
        return sw(SW.SW_OK);
      }
      const df = equal(aid, AID_DF1)
        ? 'DF1'
        : equal(aid, AID_DF2)
          ? 'DF2'
          : equal(aid, AID_DF3)
            ? 'DF3'
            : null;
      if (!df) return sw(SW.SW_FILE_NOT_FOUND);
      if (this.specified && this.selected === 'MF') return sw(SW.SW_FILE_NOT_FOUND); // DFs live under the 在留AP
      this.selected = df;
      this.currentEf = null;
      return sw(SW.SW_OK);
    }
    if (c.p1 === 0x02) {
      if (this.image.cardType === '1' || this.image.cardType === '2') return sw(SW.SW_WRONG_P1P2);
      if (c.data.length !== 2 || c.data[0] !== 0) return sw(SW.SW_FILE_NOT_FOUND);
      const file = this.filesHere().find((f) => f.ef === c.data[1]);
      if (!file) return sw(SW.SW_FILE_NOT_FOUND);
      this.currentEf = file;
      return sw(SW.SW_OK);
    }
    return sw(SW.SW_WRONG_P1P2);
  }

  /** The EFs of the current DF ('MF' files sit under the 在留AP on a 特定 card). */
  private filesHere(): ChipFile[] {
    let df: DfName | null;
    if (this.specified)
      df = this.selected === 'RAP' ? 'MF' : this.selected === 'MF' ? null : (this.selected as DfName);
    else df = this.selected as DfName;
    return df ? this.image.files.filter((f) => f.df === df) : [];
  }

  // — authentication —

  private getChallenge(c: CommandApdu): Uint8Array {
    if (c.cla !== 0x00) return sw(this.specified ? SW.SW_CLA_NOT_SUPPORTED : SW.SW_SM_NOT_SUPPORTED);
    if (c.data.length !== 0 || (c.le !== 8 && c.le !== 0x100)) return sw(SW.SW_WRONG_LENGTH);
    const rnd = this.random(8);
    this.challenge = rnd;
    return sw(SW.SW_OK, rnd);
  }

  private mutualAuthenticate(c: CommandApdu, challenge: Uint8Array | null): Uint8Array {
    if (this.specified) return sw(SW.SW_INS_NOT_SUPPORTED);
    if (c.cla !== 0x00) return sw(SW.SW_SM_NOT_SUPPORTED);
    if (!challenge) return sw(SW.SW_CONDITIONS_NOT_SATISFIED);
    if (c.data.length !== 40) return sw(SW.SW_WRONG_LENGTH);
    const kIcc = this.random(16);
    const r = answerMutualAuth(this.suite, this.accessKey, c.data, challenge, kIcc);
    this.authenticated = false;
    if (!r) {
      this.session = null;
      return sw(SW.SW_VERIFY_FAILED);
    }
    this.session = { key: sessionKey(r.kIfd, kIcc), counter: 0, destroyed: false };
    return sw(SW.SW_OK, r.response);
  }

  private setSessionKey(c: CommandApdu): Uint8Array {
    if (!this.specified || c.cla !== 0x80)
      return sw(c.cla === 0x80 ? SW.SW_INS_NOT_SUPPORTED : SW.SW_CLA_NOT_SUPPORTED);
    if (this.selected === 'MF') return sw(SW.SW_CONDITIONS_NOT_SATISFIED);
    const key = this.deliveryKey ? openSetSessionKey(this.deliveryKey, c.data) : null;
    this.authenticated = false;
    if (!key) {
      this.session = null;
      return sw(SW.SW_WRONG_DATA);
    }
    this.session = { key, counter: 0, destroyed: false };
    return sw(SW.SW_OK);
  }

  /** Advances the 特定 counter and returns the IV of this SM command (zero IV on gen 1/2). */
  private smIv(): Uint8Array | null {
    const s = this.session;
    if (!s) return null;
    if (!this.specified) return zeroIv(this.suite);
    s.counter += 1;
    return specifiedIv(s.key, s.counter);
  }

  private destroySession(): Uint8Array {
    if (this.specified && this.session) {
      this.session.destroyed = true;
      this.authenticated = false;
    }
    return sw(SW.SW_SM_DO_INCORRECT);
  }

  private verify(c: CommandApdu): Uint8Array {
    if (c.cla !== 0x08) return sw(SW.SW_SECURITY_NOT_SATISFIED); // VERIFY must be SM
    if (!this.session) return sw(SW.SW_SECURITY_NOT_SATISFIED);
    if (this.session.destroyed) return sw(SW.SW_SESSION_DESTROYED);
    const iv = this.smIv()!;
    if (c.p2 !== 0x86) return sw(SW.SW_WRONG_P1P2);
    const plain = decryptDo86(this.suite, this.session.key, iv, c.data);
    if (!plain) return this.destroySession();
    this.authenticated = equal(plain, utf8(this.image.cardNumber));
    return sw(this.authenticated ? SW.SW_OK : SW.SW_VERIFY_FAILED);
  }

  // — reading —

  private readBinary(c: CommandApdu): Uint8Array {
    const smRead = c.cla === 0x08;
    if (c.cla === 0x80) return sw(SW.SW_CLA_NOT_SUPPORTED);
    let iv: Uint8Array | null = null;
    let wanted = c.le ?? 0x100;
    if (smRead) {
      if (!this.session) return sw(SW.SW_SECURITY_NOT_SATISFIED);
      if (this.session.destroyed) return sw(SW.SW_SESSION_DESTROYED);
      iv = this.smIv();
      const le = parseLeDo(c.data);
      if (le === null) return c.data.length === 0 ? sw(SW.SW_SM_DO_MISSING) : this.destroySession();
      wanted = le === 0 ? EXTENDED_ALL : le;
    } else if (c.le === null) wanted = 0x100;
    let file: ChipFile | null;
    let offset: number;
    if (c.p1 & 0x80) {
      if (c.p1 & 0x60) return sw(SW.SW_WRONG_P1P2);
      file = this.filesHere().find((f) => f.p1 === c.p1) ?? null;
      if (!file) return sw(SW.SW_FILE_NOT_FOUND);
      offset = c.p2;
    } else {
      file = this.currentEf;
      if (!file || !this.filesHere().includes(file)) return sw(SW.SW_NO_CURRENT_EF);
      offset = (c.p1 << 8) | c.p2;
    }
    if (!file.free && !this.authenticated) return sw(SW.SW_SECURITY_NOT_SATISFIED);
    if (file.smOnly && !smRead) return sw(SW.SW_SECURITY_NOT_SATISFIED);
    if (offset >= file.content.length) return sw(SW.SW_OFFSET_OUT_OF_RANGE);
    this.currentEf = file;
    const data = file.content.subarray(offset, Math.min(file.content.length, offset + wanted));
    if (!smRead) return sw(SW.SW_OK, data);
    return sw(SW.SW_OK, encryptDo86(this.suite, this.session!.key, iv!, data));
  }

  // — My Number applications (特定 only; the reader must never come here) —

  private myNumber(c: CommandApdu): Uint8Array {
    const mn = this.image.myNumber;
    const textAp = this.selected === 'MN-text';
    if (c.ins === 0xa4) {
      if (c.p1 === 0x04) {
        // leaving the My Number AP for another application
        this.selected = 'MF';
        return this.select(c);
      }
      if (c.p1 === 0x00) {
        this.selected = 'MF';
        return this.select(c);
      }
      if (c.p1 === 0x02 && c.data.length === 2) {
        const id = Buffer.from(c.data).toString('hex').toUpperCase();
        if (!textAp || !mn || (id !== '0011' && !mn.files[id])) return sw(SW.SW_FILE_NOT_FOUND);
        this.currentMnEf = id;
        return sw(SW.SW_OK);
      }
      return sw(SW.SW_WRONG_P1P2);
    }
    if (c.ins === 0x20 && textAp && mn) {
      const pinRef = (c.p2 === 0x80 && this.currentMnEf === '0011') || c.p2 === 0x91;
      if (!pinRef) return sw(SW.SW_FILE_NOT_FOUND);
      if (mn.pinTries <= 0) return sw(SW.SW_AUTH_BLOCKED);
      if (c.data.length === 0) return sw(SW.SW_VERIFY_FAILED_COUNTER | mn.pinTries);
      if (equal(c.data, utf8(mn.pin))) {
        mn.pinTries = 3;
        this.pinVerified = true;
        return sw(SW.SW_OK);
      }
      mn.pinTries -= 1;
      this.pinVerified = false;
      return sw(mn.pinTries === 0 ? SW.SW_AUTH_BLOCKED : SW.SW_VERIFY_FAILED_COUNTER | mn.pinTries);
    }
    if (c.ins === 0xb0 && textAp && mn) {
      const id = this.currentMnEf;
      const file = id ? mn.files[id] : undefined;
      if (!file) return sw(SW.SW_NO_CURRENT_EF);
      if (!this.pinVerified) return sw(SW.SW_SECURITY_NOT_SATISFIED);
      const offset = ((c.p1 & 0x7f) << 8) | c.p2;
      if (offset >= file.length) return sw(SW.SW_OFFSET_OUT_OF_RANGE);
      return sw(SW.SW_OK, file.subarray(offset, offset + (c.le ?? 0x100)));
    }
    if (c.ins === 0x84) return this.getChallenge(c);
    return sw(SW.SW_SECURITY_NOT_SATISFIED);
  }
}
