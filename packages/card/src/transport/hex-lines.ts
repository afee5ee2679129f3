/**
 * The stdio hex-line protocol: each line in is a command APDU in hex (spaces allowed) or `RESET`; each line out
 * is the response in uppercase hex including SW1SW2 (for `RESET`, the ATR). Blank lines are ignored.
 */
import { fromHex, toHex } from '../bytes.ts';
import type { ApduProcessor } from './transport.ts';

const WRONG_LENGTH = new Uint8Array([0x67, 0x00]);

/** Answers one protocol line; null for a blank line. A line that is not hex gets `6700`. */
export function answerHexLine(card: ApduProcessor, line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  if (text.toUpperCase() === 'RESET') return toHex(card.reset());
  let command: Uint8Array;
  try {
    command = fromHex(text);
  } catch {
    return toHex(WRONG_LENGTH);
  }
  return toHex(card.process(command));
}
