/**
 * Gen-2 / 特定 DF3/EF01 電子署名: `DC 60` + ECDSA P-384 signature as raw `r‖s` (96) ‖ `DD` + the X.509
 * certificate with its own length ‖ `00` padding to 704 bytes (chip.md §5.3, §5.4 example, §6.1). Readers also
 * meet a DER `SEQUENCE { r, s }` in `DC` (the spec table says "ASN.1", §12 q2) and a fixed 602-byte `DD`
 * (gen-1 style): both decode; the DD layout is kept so the file re-encodes byte for byte.
 */
import { concat, padTo } from '../bytes.ts';
import { encodeTlv } from '../tlv/ber-tlv.ts';
import { CardFileError } from './card-file-error.ts';
import {
  certificateOf,
  checkCertificate,
  checkSize,
  expectDos,
  fillFile,
  fixedDo,
  parseDos,
} from './do-layout.ts';

const FILE = 'DF3/EF01';

/** The `DC` field: raw r‖s is 96 bytes; DER may take up to 104 (chip.md §5.3). */
export const GEN2_CHECK_CODE_FIELD = { tag: 0xdc, size: 104 } as const;
/** The `DD` field's maximum (chip.md §5.3). */
export const GEN2_CERTIFICATE_FIELD = { tag: 0xdd, size: 602 } as const;
/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_SIGNATURE_FILE_SIZE = 704;
/** Bytes of each of r and s on P-384. */
const P384_SCALAR = 48;

/** The signature EF of a gen-2 / 特定 card. */
export interface Gen2Signature {
  /** `DC` verbatim: raw `r‖s` (96 bytes) or a DER ECDSA-Sig-Value. */
  checkCode: Uint8Array;
  /** `DD` certificate (DER, P-384 / SHA-256), without padding. */
  certificate: Uint8Array;
  /** `exact` (default, §6.1): `DD` has the certificate's own length; `fixed`: `DD` is 602 bytes, NUL-padded. */
  certificateLayout?: 'exact' | 'fixed';
}

/** The EF content (704 bytes; a DER check code with a long certificate may not fit → `file-too-long`). */
export function encodeGen2Signature(s: Gen2Signature): Uint8Array {
  rawEcdsaSignature(s.checkCode);
  checkSize(FILE, GEN2_CHECK_CODE_FIELD, s.checkCode.length);
  checkSize(FILE, GEN2_CERTIFICATE_FIELD, s.certificate.length);
  if (s.certificate.length === 0)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xdd,
      message: 'a certificate is required',
    });
  if (s.certificateLayout === 'fixed') checkCertificate(FILE, 0xdd, s.certificate);
  const dd =
    s.certificateLayout === 'fixed'
      ? fixedDo(FILE, GEN2_CERTIFICATE_FIELD, s.certificate)
      : encodeTlv(0xdd, s.certificate);
  return fillFile(FILE, GEN2_SIGNATURE_FILE_SIZE, [encodeTlv(0xdc, s.checkCode), dd]);
}

/** Check code (verbatim, validated as raw or DER) and certificate; `certificateLayout: 'fixed'` when padded. */
export function decodeGen2Signature(bytes: Uint8Array): Gen2Signature {
  const [dc, dd] = expectDos(FILE, parseDos(FILE, bytes), [
    GEN2_CHECK_CODE_FIELD,
    GEN2_CERTIFICATE_FIELD,
  ]) as [Uint8Array, Uint8Array];
  rawEcdsaSignature(dc);
  if (dd.length === 0)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xdd,
      message: 'empty DD: a certificate is required',
    });
  const trimmed = certificateOf(dd);
  if (dd.length === GEN2_CERTIFICATE_FIELD.size && trimmed.length < dd.length)
    return { checkCode: dc, certificate: trimmed, certificateLayout: 'fixed' };
  return { checkCode: dc, certificate: dd };
}

/**
 * The check code as raw `r‖s` (96 bytes) — what WebCrypto's ECDSA verify takes (chip.md §5.6) — from either
 * form: 96 raw bytes, or DER `30 L 02 Lr r 02 Ls s`. `bad-value` for anything else.
 */
export function rawEcdsaSignature(checkCode: Uint8Array): Uint8Array {
  if (checkCode.length === 2 * P384_SCALAR) return checkCode.slice();
  const bad = () =>
    new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xdc,
      message: 'check code is neither raw r‖s nor DER',
    });
  const c = checkCode;
  if (c.length < 8 || c[0] !== 0x30) throw bad();
  let p = 1;
  let seqLen = c[p++] as number;
  if (seqLen === 0x81) seqLen = c[p++] as number;
  else if (seqLen >= 0x80) throw bad();
  if (p + seqLen !== c.length) throw bad();
  const ints: Uint8Array[] = [];
  for (let i = 0; i < 2; i++) {
    if (c[p++] !== 0x02) throw bad();
    const len = c[p++];
    if (len === undefined || len === 0 || len > P384_SCALAR + 1 || p + len > c.length) throw bad();
    let v = c.subarray(p, p + len);
    p += len;
    if ((v[0] as number) & 0x80) throw bad(); // negative
    while (v.length > 1 && v[0] === 0) v = v.subarray(1);
    if (v.length > P384_SCALAR) throw bad();
    ints.push(v);
  }
  if (p !== c.length) throw bad();
  return concat(...ints.map((v) => padLeft(v, P384_SCALAR)));
}

function padLeft(v: Uint8Array, n: number): Uint8Array {
  return padTo(v.slice().reverse(), n).reverse();
}
