/**
 * Gen-1 DF3/EF01 電子署名: `DA 82 01 00` + RSA-2048 check code (256) ‖ `DB 82 04 B0` + X.509 certificate
 * NUL-padded to 1200; 1464 bytes (chip.md §4.1, §4.2, §4.8). Holders under 16 (§4.9): `DA 00 DB 00 00…` or
 * `DA 00 00…` — empty DOs, then NUL padding.
 */
import { encodeTlv } from '../tlv/ber-tlv.ts';
import { CardFileError } from './card-file-error.ts';
import { certificateOf, checkCertificate, expectDos, fillFile, fixedDo, parseDos } from './do-layout.ts';

const FILE = 'DF3/EF01';

/** The `DA` field (chip.md §4.1). */
export const GEN1_CHECK_CODE_FIELD = { tag: 0xda, size: 256 } as const;
/** The `DB` field (chip.md §4.1). */
export const GEN1_CERTIFICATE_FIELD = { tag: 0xdb, size: 1200 } as const;
/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_SIGNATURE_FILE_SIZE = 1464;

/** The signature EF of a gen-1 card. */
export interface Gen1Signature {
  /** `DA` RSA-2048 PKCS#1 v1.5 signature, 256 bytes; `null` for the empty `DA 00` (§4.9). */
  checkCode: Uint8Array | null;
  /** `DB` DER certificate without padding; `null` for the empty `DB 00` or no `DB` at all (§4.9). */
  certificate: Uint8Array | null;
  /** True when the EF has no `DB` DO (`DA 00 00…`, §4.9); absent or false otherwise. */
  certificateDoOmitted?: boolean;
}

/** The EF content (1464 bytes). */
export function encodeGen1Signature(s: Gen1Signature): Uint8Array {
  const parts: Uint8Array[] = [];
  if (s.checkCode === null) parts.push(encodeTlv(0xda, new Uint8Array(0)));
  else {
    if (s.checkCode.length !== GEN1_CHECK_CODE_FIELD.size)
      throw new CardFileError({
        code: 'bad-value',
        file: FILE,
        tag: 0xda,
        message: 'check code must be 256 bytes',
      });
    parts.push(fixedDo(FILE, GEN1_CHECK_CODE_FIELD, s.checkCode));
  }
  if (s.certificateDoOmitted) {
    if (s.certificate !== null)
      throw new CardFileError({
        code: 'bad-value',
        file: FILE,
        tag: 0xdb,
        message: 'certificate given but DB omitted',
      });
  } else if (s.certificate === null) parts.push(encodeTlv(0xdb, new Uint8Array(0)));
  else {
    checkCertificate(FILE, 0xdb, s.certificate);
    parts.push(fixedDo(FILE, GEN1_CERTIFICATE_FIELD, s.certificate));
  }
  return fillFile(FILE, GEN1_SIGNATURE_FILE_SIZE, parts);
}

/** Check code (verbatim) and certificate (cut at its DER length); empty DOs read as `null`. */
export function decodeGen1Signature(bytes: Uint8Array): Gen1Signature {
  const tlvs = parseDos(FILE, bytes);
  const omitted = tlvs.length === 1;
  const [da, db] = expectDos(
    FILE,
    tlvs,
    omitted ? [GEN1_CHECK_CODE_FIELD] : [GEN1_CHECK_CODE_FIELD, GEN1_CERTIFICATE_FIELD],
  );
  const daLength = (da as Uint8Array).length;
  if (daLength !== 0 && daLength !== GEN1_CHECK_CODE_FIELD.size)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xda,
      message: 'check code must be 256 bytes',
    });
  const checkCode = daLength === 0 ? null : (da as Uint8Array);
  if (omitted) return { checkCode, certificate: null, certificateDoOmitted: true };
  return { checkCode, certificate: (db as Uint8Array).length === 0 ? null : certificateOf(db as Uint8Array) };
}
