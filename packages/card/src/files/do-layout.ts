/**
 * Building blocks shared by the EF codecs: fixed-length DOs NUL-padded to their field, files NUL-padded to the
 * EF's capacity (chip.md §4.2, §5.3), and parsing that checks the DO order of a layout.
 */
import { concat, padTo } from '../bytes.ts';
import { decodeTlvs, encodeTlv, type Tlv } from '../tlv/ber-tlv.ts';
import { TlvError } from '../tlv/tlv-error.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeCardText, encodeCardText, trimNul } from './text.ts';

/** One DO of a file layout: its tag and the fixed size of its value. */
export interface DoField {
  tag: number;
  size: number;
}

/** DOs of an EF, with TLV errors turned into a {@link CardFileError} naming the file. */
export function parseDos(file: string, bytes: Uint8Array): Tlv[] {
  try {
    return decodeTlvs(bytes);
  } catch (e) {
    if (e instanceof TlvError)
      throw new CardFileError({ code: 'tlv', file, message: `${e.code} at byte ${e.offset}`, cause: e });
    throw e;
  }
}

/** Values of `tlvs`, which must be exactly `fields` in order, each no longer than its field. */
export function expectDos(file: string, tlvs: readonly Tlv[], fields: readonly DoField[]): Uint8Array[] {
  const values: Uint8Array[] = [];
  for (let i = 0; i < Math.max(tlvs.length, fields.length); i++) {
    const t = tlvs[i];
    const f = fields[i];
    if (!t && f)
      throw new CardFileError({ code: 'missing-do', file, tag: f.tag, message: `no ${tagName(f.tag)}` });
    if (t && !f)
      throw new CardFileError({
        code: 'unexpected-do',
        file,
        tag: t.tag,
        message: `extra ${tagName(t.tag)}`,
      });
    if (!t || !f) continue;
    if (t.tag !== f.tag)
      throw new CardFileError({
        code: 'unexpected-do',
        file,
        tag: t.tag,
        message: `${tagName(t.tag)} where ${tagName(f.tag)} belongs`,
      });
    checkSize(file, f, t.value.length);
    values.push(t.value);
  }
  return values;
}

/** Throws `value-too-long` if a value of `length` bytes does not fit `field`. */
export function checkSize(file: string, field: DoField, length: number): void {
  if (length > field.size)
    throw new CardFileError({
      code: 'value-too-long',
      file,
      tag: field.tag,
      message: `${tagName(field.tag)} holds ${length} bytes, its field ${field.size}`,
    });
}

/** A DO whose value is `value` NUL-padded to the field's fixed size. */
export function fixedDo(file: string, field: DoField, value: Uint8Array): Uint8Array {
  checkSize(file, field, value.length);
  return encodeTlv(field.tag, padTo(value, field.size));
}

/** A fixed-size text DO (UTF-8, NUL-padded). */
export function textDo(file: string, field: DoField, text: string): Uint8Array {
  return encodeTlv(field.tag, encodeCardText(text, field.size, file));
}

/** Text of a fixed-size DO value. */
export function textOf(file: string, value: Uint8Array): string {
  return decodeCardText(value, file);
}

/** DOs concatenated and NUL-padded to the EF's capacity. */
export function fillFile(file: string, capacity: number, parts: readonly Uint8Array[]): Uint8Array {
  const body = concat(...parts);
  if (body.length > capacity)
    throw new CardFileError({
      code: 'file-too-long',
      file,
      message: `${body.length} bytes exceed the EF's ${capacity}`,
    });
  return padTo(body, capacity);
}

/** `C1`, `DFD1` — for messages. */
export function tagName(tag: number): string {
  return tag.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * An image DO (chip.md §4.2, §5.3): `null` → the empty DO `tag 00` (no image, e.g. no face under 16, §4.9);
 * bytes → the fixed-size DO, NUL-padded (an empty array gives a fixed DO of NULs).
 */
export function imageDo(file: string, field: DoField, image: Uint8Array | null): Uint8Array {
  if (image === null) return encodeTlv(field.tag, new Uint8Array(0));
  if (image.length > 0 && image[image.length - 1] === 0)
    throw new CardFileError({
      code: 'bad-value',
      file,
      tag: field.tag,
      message: `image for ${tagName(field.tag)} ends with 00, which reads back as padding`,
    });
  return fixedDo(file, field, image);
}

/** The image in an image DO's value: `null` for the empty DO, else the value without its NUL padding. */
export function imageOf(value: Uint8Array): Uint8Array | null {
  return value.length === 0 ? null : trimNul(value).slice();
}

/**
 * An X.509 certificate from a NUL-padded field (chip.md §4.2 `DB`, §5.3 `DD`): cut at the DER length of its
 * outer SEQUENCE when that is definite and only `00` follows, else without trailing NULs (BER/CER, §4.8).
 */
export function certificateOf(value: Uint8Array): Uint8Array {
  const extent = derExtent(value);
  if (extent !== null && value.subarray(extent).every((b) => b === 0)) return value.slice(0, extent);
  return trimNul(value).slice();
}

/** Throws `bad-value` unless `cert`, padded with NULs, reads back as itself through {@link certificateOf}. */
export function checkCertificate(file: string, tag: number, cert: Uint8Array): void {
  const back = certificateOf(padTo(cert, cert.length + 1));
  if (back.length !== cert.length)
    throw new CardFileError({
      code: 'bad-value',
      file,
      tag,
      message: 'certificate would not read back the same from its NUL-padded field',
    });
}

function derExtent(value: Uint8Array): number | null {
  if (value.length < 2 || value[0] !== 0x30) return null;
  const l0 = value[1] as number;
  if (l0 < 0x80) return 2 + l0;
  const n = l0 & 0x7f;
  if (n === 0 || n > 3 || value.length < 2 + n) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (value[2 + i] as number);
  return 2 + n + len <= value.length ? 2 + n + len : null;
}
