/**
 * ISO/IEC 7816-4 command APDU codec (cases 1, 2S, 3S, 4S, 2E, 3E, 4E), shared by the reader that sends
 * commands and the emulator that answers them. Extended length is needed by the residence-card READ BINARY
 * forms (chip.md §3, §4.6).
 */
import { concat } from '../bytes.ts';
import { ApduFormatError } from './apdu-format-error.ts';

/** A command APDU as both sides see it: header, data, Ne and which length form carries them. */
export interface CommandApdu {
  /** Class byte (`00` plain, `08` secure messaging, `80` proprietary). */
  cla: number;
  /** Instruction byte. */
  ins: number;
  /** Parameter 1. */
  p1: number;
  /** Parameter 2. */
  p2: number;
  /** Command data (empty when there is no Lc). */
  data: Uint8Array;
  /**
   * Expected response length Ne in bytes: short 1–256 (256 is sent as `00`), extended 1–65536 (65536 is sent as
   * `00 00`, "everything"); null = no Le field.
   */
  le: number | null;
  /** True when the length fields use the extended (3-byte Lc / 2–3-byte Le) form. */
  extended: boolean;
}

/** How {@link parseCommand} treats bytes after the Le field. */
export interface ParseCommandOptions {
  /**
   * `reject` (default): any surplus is a `length-mismatch`. `ignore`: the data field is exactly Lc bytes, the
   * Le field (if any) follows it, anything after is dropped — the "Lc wins" behaviour of chip.md §4.7 / §8.7
   * for an emulator. A data field shorter than Lc is always an error.
   */
  surplus?: 'reject' | 'ignore';
}

function checkByte(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0 || v > 0xff)
    throw new ApduFormatError('out-of-range', `${name} must be a byte, got ${v}`);
}

/** Encodes a command; uses the extended form when asked to or when data > 255 bytes or Le > 256. */
export function encodeCommand(c: CommandApdu): Uint8Array {
  checkByte('CLA', c.cla);
  checkByte('INS', c.ins);
  checkByte('P1', c.p1);
  checkByte('P2', c.p2);
  const lc = c.data.length;
  const le = c.le;
  if (lc > 0xffff) throw new ApduFormatError('out-of-range', `data of ${lc} bytes exceeds 65535`);
  if (le !== null && (!Number.isInteger(le) || le < 1 || le > 0x10000))
    throw new ApduFormatError('out-of-range', `Le must be 1..65536 or null, got ${le}`);
  const extended = c.extended || lc > 0xff || (le !== null && le > 0x100);
  const lcField = lc === 0 ? [] : extended ? [0x00, lc >> 8, lc & 0xff] : [lc];
  // Extended Le is 3 bytes (00 HH LL) without Lc, 2 bytes (HH LL) after an extended Lc.
  const leField =
    le === null ? [] : !extended ? [le & 0xff] : [...(lc === 0 ? [0x00] : []), (le >> 8) & 0xff, le & 0xff];
  return concat(
    Uint8Array.of(c.cla, c.ins, c.p1, c.p2),
    Uint8Array.from(lcField),
    c.data,
    Uint8Array.from(leField),
  );
}

function result(b: Uint8Array, data: Uint8Array, le: number | null, extended: boolean): CommandApdu {
  return { cla: b[0]!, ins: b[1]!, p1: b[2]!, p2: b[3]!, data: data.slice(), le, extended };
}

/** Decodes any ISO 7816-4 case; throws only {@link ApduFormatError} (`too-short`, `length-mismatch`). */
export function parseCommand(bytes: Uint8Array, options: ParseCommandOptions = {}): CommandApdu {
  const ignore = options.surplus === 'ignore';
  const n = bytes.length;
  if (n < 4) throw new ApduFormatError('too-short', `a command APDU needs 4 bytes, got ${n}`);
  if (n === 4) return result(bytes, new Uint8Array(0), null, false);
  const b4 = bytes[4]!;
  if (n === 5) return result(bytes, new Uint8Array(0), b4 === 0 ? 0x100 : b4, false);
  if (b4 !== 0) {
    // Short Lc (3S / 4S).
    const lc = b4;
    const end = 5 + lc;
    if (n < end) throw new ApduFormatError('length-mismatch', `Lc ${lc} but only ${n - 5} data bytes`);
    const data = bytes.subarray(5, end);
    if (n === end) return result(bytes, data, null, false);
    if (n === end + 1 || ignore) {
      const leByte = bytes[end]!;
      return result(bytes, data, leByte === 0 ? 0x100 : leByte, false);
    }
    throw new ApduFormatError('length-mismatch', `Lc ${lc} leaves ${n - end} bytes where Le takes 1`);
  }
  // b4 = 00: extended length (2E / 3E / 4E).
  if (n < 7) throw new ApduFormatError('length-mismatch', `extended length field truncated (${n} bytes)`);
  const v = (bytes[5]! << 8) | bytes[6]!;
  if (n === 7) return result(bytes, new Uint8Array(0), v === 0 ? 0x10000 : v, true);
  if (v === 0) {
    if (ignore) return result(bytes, new Uint8Array(0), 0x10000, true);
    throw new ApduFormatError('length-mismatch', `extended Le 00 00 followed by ${n - 7} surplus bytes`);
  }
  const lc = v;
  const end = 7 + lc;
  if (n < end) throw new ApduFormatError('length-mismatch', `Lc ${lc} but only ${n - 7} data bytes`);
  const data = bytes.subarray(7, end);
  if (n === end) return result(bytes, data, null, true);
  if (n === end + 2 || (ignore && n > end + 2)) {
    const le = (bytes[end]! << 8) | bytes[end + 1]!;
    return result(bytes, data, le === 0 ? 0x10000 : le, true);
  }
  if (ignore) return result(bytes, data, null, true);
  throw new ApduFormatError('length-mismatch', `Lc ${lc} leaves ${n - end} bytes where Le takes 2`);
}
