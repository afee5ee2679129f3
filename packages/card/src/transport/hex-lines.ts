/**
 * The stdio hex-line protocol: each line in is a command APDU in hex (spaces allowed) or `RESET`; each line out
 * is the response in uppercase hex including SW1SW2 (for `RESET`, the ATR). Blank lines are ignored.
 */
import { fromHex, toHex } from '../bytes.ts';
import type { ApduProcessor } from './transport.ts';

/** `67 00` as a protocol line: the answer to a line that is not an APDU. */
export const WRONG_LENGTH_LINE = '6700';

/**
 * The longest line either side accepts: an extended APDU (4 + 3 + 65535 + 2 bytes) or response (65536 + 2
 * bytes) in hex with a separator after every byte, plus slack.
 */
export const MAX_HEX_LINE = 3 * (65_536 + 9) + 64;

/** Answers one protocol line; null for a blank line. A line that is not hex gets `6700`. */
export function answerHexLine(card: ApduProcessor, line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  if (text.toUpperCase() === 'RESET') return toHex(card.reset());
  let command: Uint8Array;
  try {
    command = fromHex(text);
  } catch {
    return WRONG_LENGTH_LINE;
  }
  return toHex(card.process(command));
}
