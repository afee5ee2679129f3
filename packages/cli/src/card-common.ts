/**
 * What the `zairyu card` sub-commands share: the sandbox CA directory, exit codes, and turning library
 * errors into one clear line (never a stack trace).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CardError,
  CardNumberFormatError,
  ChipImageError,
  createSandboxCa,
  ImageError,
  IssueFieldsError,
  loadSandboxCa,
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

/** Maps a library error to a CliError; rethrows what is a bug. */
export function asCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (
    e instanceof ChipImageError ||
    e instanceof IssueFieldsError ||
    e instanceof SandboxCaError ||
    e instanceof TrustAnchorError ||
    e instanceof CardNumberFormatError ||
    e instanceof ImageError
  )
    return new CliError(e.message, CARD_EXIT.invalidInput);
  if (e instanceof TransportError) return new CliError(`reader: ${e.message}`, CARD_EXIT.cardError);
  if (e instanceof CardError) return new CliError(`card: ${e.message}`, CARD_EXIT.cardError);
  throw e;
}
