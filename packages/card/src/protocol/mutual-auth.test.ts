import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardError } from '../apdu/card-error.ts';
import { encodeCommand } from '../apdu/command-apdu.ts';
import { fromHex, toHex } from '../bytes.ts';
import type { CipherSuite } from './cipher-suite.ts';
import { accessKeyFromCardNumber, sessionKey } from './key-derivation.ts';
import {
  answerMutualAuth,
  buildGetChallenge,
  buildMutualAuthData,
  buildMutualAuthenticate,
  checkMutualAuthResponse,
} from './mutual-auth.ts';

const RND_IFD = fromHex('1122334455667788');
const K_IFD = fromHex('404142434445464748494A4B4C4D4E4F');

interface Vector {
  section: string;
  suite: CipherSuite;
  rndIcc: string;
  eIfd: string;
  mIfd: string;
  eIcc: string;
  mIcc: string;
  kIcc: string;
  ksEnc: string;
}

const VECTORS: Vector[] = [
  {
    section: 'gen 1, chip.md §4.10',
    suite: 'tdes',
    rndIcc: '5A6E7E385162B7A3',
    eIfd: '937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA',
    mIfd: '1AD7FB6A3389E017',
    eIcc: '5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE',
    mIcc: '59388FD6CD45248B',
    kIcc: '19D049490FFF52EEDBFCB930BC810ED0',
    ksEnc: 'CE94938E19E3B97DF96EABCEDC1715CC',
  },
  {
    section: 'gen 2, chip.md §5.5',
    suite: 'aes',
    rndIcc: '921CE277323DA057',
    eIfd: '4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B',
    mIfd: 'AC854617634F5397',
    eIcc: '289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62',
    mIcc: 'FA942EC51E62FF5F',
    kIcc: '2CC6AF9B8B607C662FDCAD27B401D08B',
    ksEnc: 'C19CF13D3D7FBEE9EA293D834C88952F',
  },
];

function cardError(fn: () => unknown): CardError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CardError);
    return e as CardError;
  }
  throw new Error('expected a CardError');
}

describe('mutual authentication', () => {
  it('GET CHALLENGE is 00 84 00 00 08 (chip.md §4.4 step 2)', () => {
    expect(toHex(encodeCommand(buildGetChallenge()))).toBe('0084000008');
  });

  for (const v of VECTORS) {
    describe(v.section, () => {
      const key = accessKeyFromCardNumber('AA12345678BB');
      const rndIcc = fromHex(v.rndIcc);

      it('terminal: E_IFD ‖ M_IFD and the MUTUAL AUTHENTICATE APDU', () => {
        const data = buildMutualAuthData(v.suite, key, rndIcc, RND_IFD, K_IFD);
        expect(toHex(data)).toBe(v.eIfd + v.mIfd);
        expect(toHex(encodeCommand(buildMutualAuthenticate(data)))).toBe(`0082000028${v.eIfd}${v.mIfd}00`);
      });

      it('card: checks E_IFD ‖ M_IFD and answers E_ICC ‖ M_ICC from K.ICC', () => {
        const answer = answerMutualAuth(v.suite, key, fromHex(v.eIfd + v.mIfd), rndIcc, fromHex(v.kIcc));
        expect(answer).not.toBeNull();
        expect(toHex(answer!.response)).toBe(v.eIcc + v.mIcc);
        expect(toHex(answer!.rndIfd)).toBe(toHex(RND_IFD));
        expect(toHex(answer!.kIfd)).toBe(toHex(K_IFD));
        expect(toHex(sessionKey(answer!.kIfd, fromHex(v.kIcc)))).toBe(v.ksEnc);
      });

      it('terminal: checks E_ICC ‖ M_ICC, takes K.ICC and derives KSenc', () => {
        const kIcc = checkMutualAuthResponse(v.suite, key, fromHex(v.eIcc + v.mIcc), rndIcc, RND_IFD);
        expect(toHex(kIcc)).toBe(v.kIcc);
        expect(toHex(sessionKey(K_IFD, kIcc))).toBe(v.ksEnc);
      });

      it('terminal: a bad MAC, wrong randoms or wrong length fail with CardError at mutual-authenticate', () => {
        const good = fromHex(v.eIcc + v.mIcc);
        const badMac = good.slice();
        badMac[39]! ^= 1;
        let e = cardError(() => checkMutualAuthResponse(v.suite, key, badMac, rndIcc, RND_IFD));
        expect(e).toMatchObject({ step: 'mutual-authenticate', sw: null, code: 'bad-mac' });
        e = cardError(() => checkMutualAuthResponse(v.suite, key, good, rndIcc, fromHex('1122334455667789')));
        expect(e.code).toBe('rnd-mismatch');
        e = cardError(() => checkMutualAuthResponse(v.suite, key, good, RND_IFD, RND_IFD));
        expect(e.code).toBe('rnd-mismatch');
        e = cardError(() => checkMutualAuthResponse(v.suite, key, good.subarray(0, 32), rndIcc, RND_IFD));
        expect(e.code).toBe('wrong-length');
        const wrongKey = accessKeyFromCardNumber('AA12345678BC');
        expect(cardError(() => checkMutualAuthResponse(v.suite, wrongKey, good, rndIcc, RND_IFD)).code).toBe(
          'bad-mac',
        );
      });

      it('card: null (→ 63 00) on bad MAC, other RND.ICC, wrong card number or wrong length', () => {
        const data = fromHex(v.eIfd + v.mIfd);
        const kIcc = fromHex(v.kIcc);
        const bad = data.slice();
        bad[0]! ^= 0x80;
        expect(answerMutualAuth(v.suite, key, bad, rndIcc, kIcc)).toBeNull();
        expect(answerMutualAuth(v.suite, key, data, fromHex('0000000000000000'), kIcc)).toBeNull();
        expect(
          answerMutualAuth(v.suite, accessKeyFromCardNumber('ZZ12345678BB'), data, rndIcc, kIcc),
        ).toBeNull();
        expect(answerMutualAuth(v.suite, key, data.subarray(0, 39), rndIcc, kIcc)).toBeNull();
      });

      it('property: random command data never throws, only null (or, with negligible odds, an answer)', () => {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
            const r = answerMutualAuth(v.suite, key, data, rndIcc, fromHex(v.kIcc));
            expect(r === null || r.response.length === 40).toBe(true);
          }),
          { numRuns: 300 },
        );
      });

      it('property: terminal and card agree on KSenc for any randoms', () => {
        fc.assert(
          fc.property(
            fc.uint8Array({ minLength: 8, maxLength: 8 }),
            fc.uint8Array({ minLength: 8, maxLength: 8 }),
            fc.uint8Array({ minLength: 16, maxLength: 16 }),
            fc.uint8Array({ minLength: 16, maxLength: 16 }),
            (rIcc, rIfd, kIfd, kIcc) => {
              const data = buildMutualAuthData(v.suite, key, rIcc, rIfd, kIfd);
              const answer = answerMutualAuth(v.suite, key, data, rIcc, kIcc)!;
              const got = checkMutualAuthResponse(v.suite, key, answer.response, rIcc, rIfd);
              expect(toHex(sessionKey(kIfd, got))).toBe(toHex(sessionKey(answer.kIfd, kIcc)));
            },
          ),
          { numRuns: 50 },
        );
      });
    });
  }
});
