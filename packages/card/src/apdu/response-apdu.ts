/**
 * ISO/IEC 7816-4 response APDU codec: response data followed by the status word SW1 SW2.
 */
import { concat } from '../bytes.ts';
import { ApduFormatError } from './apdu-format-error.ts';

/** A response APDU: what the card sent back and how the command ended. */
export interface ResponseApdu {
  /** Response data (empty for a status-only answer). */
  data: Uint8Array;
  /** Status word SW1·SW2 as one 16-bit number, e.g. `0x9000`. */
  sw: number;
}

/** Encodes `data ‖ SW1 SW2` (the emulator's answer); throws {@link ApduFormatError} on a bad SW. */
export function encodeResponse(r: ResponseApdu): Uint8Array {
  if (!Number.isInteger(r.sw) || r.sw < 0 || r.sw > 0xffff)
    throw new ApduFormatError('out-of-range', `status word must be 16 bits, got ${r.sw}`);
  return concat(r.data, Uint8Array.of(r.sw >> 8, r.sw & 0xff));
}

/** Decodes a response (the reader's view); throws {@link ApduFormatError} `too-short` under 2 bytes. */
export function parseResponse(bytes: Uint8Array): ResponseApdu {
  const n = bytes.length;
  if (n < 2) throw new ApduFormatError('too-short', `a response APDU needs 2 bytes, got ${n}`);
  return { data: bytes.slice(0, n - 2), sw: (bytes[n - 2]! << 8) | bytes[n - 1]! };
}
