/**
 * The verdict of a card read, JMRTD-style (DESIGN.md house rule 9): one entry per check, in a fixed order,
 * each `SUCCEEDED | FAILED | NOT_CHECKED | NOT_PRESENT` with a stable kebab-case reason code. An unchecked
 * thing is never reported as passed or failed.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Every check a verdict reports, in verdict order. */
export const CHECK_NAMES = [
  'card-access',
  'secure-messaging',
  'signature',
  'certificate-chain',
  'certificate-validity',
  'card-expiry',
  'stay-expiry',
  'work-restriction',
  'extra-activity',
  'application-pending',
  'revocation',
] as const;

/** One check of the verdict. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** Every status a check can have. */
export const CHECK_STATUSES = ['SUCCEEDED', 'FAILED', 'NOT_CHECKED', 'NOT_PRESENT'] as const;

/**
 * SUCCEEDED: checked and good. FAILED: checked and bad. NOT_CHECKED: could not or did not check (the reason
 * says why; never read it as a pass or a fail). NOT_PRESENT: the card does not carry what the check needs
 * (e.g. no signature on a card of a holder under 16).
 */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Where the trust anchor of a chain came from: the sandbox CA, a file the user supplied, or a pinned ISA root. */
export type AnchorSource = 'sandbox-ca' | 'supplied' | 'pinned';

/** One line of a verdict. `reason` is a stable kebab-case code; human text lives in message catalogs. */
export interface VerdictEntry {
  readonly check: CheckName;
  readonly status: CheckStatus;
  readonly reason: string;
  /** `certificate-chain` SUCCEEDED only: SHA-256 (lowercase hex) of the anchor the signer chains to. */
  readonly anchorSha256?: string;
  /** `certificate-chain` SUCCEEDED only: where that anchor came from. */
  readonly anchorSource?: AnchorSource;
}

/** The evidence a `certificate-chain` entry may carry. */
export interface AnchorEvidence {
  readonly anchorSha256: string;
  readonly anchorSource: AnchorSource;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A complete verdict: every check exactly once, in `CHECK_NAMES` order. */
export type Verdict = readonly VerdictEntry[];

/** Misuse of the verdict helpers (a bug in the caller, not a property of the card). */
export class VerdictError extends CardLibraryError {
  override readonly name = 'VerdictError';
  constructor(
    readonly code:
      | 'unknown-check'
      | 'unknown-status'
      | 'bad-reason-code'
      | 'duplicate-check'
      | 'bad-anchor-evidence',
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Builds one entry, checking the name, the status and that the reason is a kebab-case code. `anchor` names the
 * trust anchor of a SUCCEEDED `certificate-chain` entry (and nothing else).
 */
export function verdictEntry(
  check: CheckName,
  status: CheckStatus,
  reason: string,
  anchor?: AnchorEvidence,
): VerdictEntry {
  if (!(CHECK_NAMES as readonly string[]).includes(check)) throw new VerdictError('unknown-check', check);
  if (!(CHECK_STATUSES as readonly string[]).includes(status))
    throw new VerdictError('unknown-status', status);
  if (!KEBAB.test(reason)) throw new VerdictError('bad-reason-code', reason);
  if (!anchor) return Object.freeze({ check, status, reason });
  if (check !== 'certificate-chain' || status !== 'SUCCEEDED' || !SHA256_HEX.test(anchor.anchorSha256))
    throw new VerdictError('bad-anchor-evidence', `${check} ${status}`);
  return Object.freeze({
    check,
    status,
    reason,
    anchorSha256: anchor.anchorSha256,
    anchorSource: anchor.anchorSource,
  });
}

/** Reason given to a check nobody reported on. */
export const NOT_PERFORMED = 'not-performed';

/**
 * Orders `entries` into a complete verdict. A check without an entry becomes `NOT_CHECKED` with
 * `missingReason`; a check reported twice is a bug and throws.
 */
export function buildVerdict(
  entries: Iterable<VerdictEntry>,
  missingReason: string = NOT_PERFORMED,
): Verdict {
  const byCheck = new Map<CheckName, VerdictEntry>();
  for (const e of entries) {
    const checked = verdictEntry(
      e.check,
      e.status,
      e.reason,
      e.anchorSha256 && e.anchorSource
        ? { anchorSha256: e.anchorSha256, anchorSource: e.anchorSource }
        : undefined,
    );
    if (byCheck.has(e.check)) throw new VerdictError('duplicate-check', e.check);
    byCheck.set(e.check, checked);
  }
  return Object.freeze(
    CHECK_NAMES.map((check) => byCheck.get(check) ?? verdictEntry(check, 'NOT_CHECKED', missingReason)),
  );
}

/** The entry for `check` (undefined if the list lacks it). */
export function verdictFor(verdict: readonly VerdictEntry[], check: CheckName): VerdictEntry | undefined {
  return verdict.find((e) => e.check === check);
}

/** True when `verdict` has every check exactly once, in order, with valid statuses and reason codes. */
export function isCompleteVerdict(verdict: readonly VerdictEntry[]): boolean {
  if (verdict.length !== CHECK_NAMES.length) return false;
  return verdict.every(
    (e, i) =>
      e.check === CHECK_NAMES[i] &&
      (CHECK_STATUSES as readonly string[]).includes(e.status) &&
      KEBAB.test(e.reason),
  );
}
