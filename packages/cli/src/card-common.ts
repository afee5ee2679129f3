/**
 * What the `zairyu card` sub-commands share: the sandbox CA directory, exit codes, and turning library
 * errors into one clear line (never a stack trace).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type CardLibraryError,
  CardNumberFormatError,
  ChipImageError,
  createSandboxCa,
  HexFormatError,
  ImageError,
  IssueFieldsError,
  isCardLibraryError,
  KeyError,
  loadSandboxCa,
  RevocationConfigError,
  type SandboxCa,
  SandboxCaError,
  saveSandboxCa,
  TransportError,
  TrustAnchorError,
} from '@zairyu/card';

/** Exit codes of `zairyu card`: 2 bad input, 3 verification failed, 4 card or reader error. */
export const CARD_EXIT = { ok: 0, invalidInput: 2, verificationFailed: 3, cardError: 4 } as const;

/** An error the user can fix, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = CARD_EXIT.invalidInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The sandbox CA directory: --ca-dir, else $ZAIRYU_CA_DIR, else ./data/sandbox-ca. */
export function caDir(option?: string): string {
  return resolve(option ?? process.env.ZAIRYU_CA_DIR ?? 'data/sandbox-ca');
}

/** Loads the sandbox CA, creating and saving one on first use (said on stderr). */
export async function loadOrCreateCa(dir: string): Promise<SandboxCa> {
  if (existsSync(dir)) return loadSandboxCa(dir);
  process.stderr.write(`zairyu: creating a new SANDBOX CA in ${dir} (keys for sandbox cards only)\n`);
  const ca = await createSandboxCa();
  await saveSandboxCa(ca, dir);
  return ca;
}

/** The card-library errors that mean "what you gave me is wrong" (exit 2); the rest are card/reader (exit 4). */
const INPUT_ERRORS = [
  ChipImageError,
  IssueFieldsError,
  SandboxCaError,
  TrustAnchorError,
  CardNumberFormatError,
  ImageError,
  KeyError,
  HexFormatError,
  RevocationConfigError,
] as const;

/** One line of a library error: its message on one line, and its code unless the message starts with it. */
export function errorLine(e: CardLibraryError): string {
  const text = e.message.replace(/\s*\n\s*/g, ' ').trim();
  return text.startsWith(`${e.code}:`) || text.endsWith(`(${e.code})`) ? text : `${text} (${e.code})`;
}

/**
 * Maps a library error to a CliError: input errors exit 2, reader errors (`reader: …`) and card errors
 * (`card: …`) exit 4. Rethrows what is not a card-library error — that is a bug, reported as one.
 */
export function asCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (!isCardLibraryError(e)) throw e;
  if (INPUT_ERRORS.some((c) => e instanceof c)) return new CliError(errorLine(e), CARD_EXIT.invalidInput);
  if (e instanceof TransportError) return new CliError(`reader: ${errorLine(e)}`, CARD_EXIT.cardError);
  return new CliError(`card: ${errorLine(e)}`, CARD_EXIT.cardError);
}
