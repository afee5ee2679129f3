/**
 * Status words the residence-card and My Number chips answer (chip.md §4.7, §6.1, §7), named once so the
 * emulator and the reader cannot drift apart, with `triesLeft` for `63 Cx` and human-readable descriptions.
 */

/** `90 00` normal processing. */
export const SW_OK = 0x9000;
/** `62 83` selected DF is blocked/deactivated (§4.7). */
export const SW_DF_BLOCKED = 0x6283;
/** `63 00` verification or authentication failed, no retry counter (§4.4, §4.7). */
export const SW_VERIFY_FAILED = 0x6300;
/** `63 C0` base of `63 Cx`: verification failed, x tries left (§7.2); use {@link triesLeft}. */
export const SW_VERIFY_FAILED_COUNTER = 0x63c0;
/** `66 F1` security issue: SET SESSION KEY refused on a My Number AP other than 券面入力補助 (§7.3). */
export const SW_SECURITY_ISSUE = 0x66f1;
/** `67 00` wrong length, also a line that is not an APDU (§4.7, §6.1). */
export const SW_WRONG_LENGTH = 0x6700;
/** `68 82` secure messaging not supported for this command/CLA (§4.7, §6.1). */
export const SW_SM_NOT_SUPPORTED = 0x6882;
/** `69 82` security status not satisfied, e.g. READ before authentication (§4.7, §6.1). */
export const SW_SECURITY_NOT_SATISFIED = 0x6982;
/** `69 84` reference data blocked: PIN tries exhausted (§7.2). */
export const SW_AUTH_BLOCKED = 0x6984;
/** `69 85` conditions of use not satisfied, e.g. MUTUAL AUTHENTICATE without a challenge (§4.7). */
export const SW_CONDITIONS_NOT_SATISFIED = 0x6985;
/** `69 86` command not allowed: no current EF (§4.7, §6.1). */
export const SW_NO_CURRENT_EF = 0x6986;
/** `69 87` expected secure-messaging data objects missing (§4.7). */
export const SW_SM_DO_MISSING = 0x6987;
/** `69 88` secure-messaging data objects incorrect; on a 特定 card this also destroys the session (§4.7, §6.1). */
export const SW_SM_DO_INCORRECT = 0x6988;
/** `69 FC` SM session destroyed, until the next SET SESSION KEY (§6, §6.1 — modelled). */
export const SW_SESSION_DESTROYED = 0x69fc;
/** `6A 80` incorrect data field, e.g. an unknown SET SESSION KEY template (§6.1). */
export const SW_WRONG_DATA = 0x6a80;
/** `6A 82` file, DF or short EF id not found (§4.7). */
export const SW_FILE_NOT_FOUND = 0x6a82;
/** `6A 86` incorrect P1-P2 (§4.7, §6.1). */
export const SW_WRONG_P1P2 = 0x6a86;
/** `6B 00` offset beyond the end of the EF (§4.7). */
export const SW_OFFSET_OUT_OF_RANGE = 0x6b00;
/** `6D 00` instruction not supported (§4.7). */
export const SW_INS_NOT_SUPPORTED = 0x6d00;
/** `6E 00` class not supported (§4.7). */
export const SW_CLA_NOT_SUPPORTED = 0x6e00;
/** `6F 00` self-test error / no precise diagnosis (§4.7). */
export const SW_SELF_TEST_ERROR = 0x6f00;

const KNOWN: ReadonlyMap<number, readonly [code: string, text: string]> = new Map([
  [SW_OK, ['ok', 'normal processing']],
  [SW_DF_BLOCKED, ['df-blocked', 'selected DF is blocked']],
  [SW_VERIFY_FAILED, ['verify-failed', 'verification or authentication failed']],
  [SW_SECURITY_ISSUE, ['security-issue', 'security-related issue (session key refused)']],
  [SW_WRONG_LENGTH, ['wrong-length', 'wrong length']],
  [SW_SM_NOT_SUPPORTED, ['sm-not-supported', 'secure messaging not supported']],
  [SW_SECURITY_NOT_SATISFIED, ['security-not-satisfied', 'security status not satisfied']],
  [SW_AUTH_BLOCKED, ['auth-blocked', 'reference data blocked']],
  [SW_CONDITIONS_NOT_SATISFIED, ['conditions-not-satisfied', 'conditions of use not satisfied']],
  [SW_NO_CURRENT_EF, ['no-current-ef', 'command not allowed: no current EF']],
  [SW_SM_DO_MISSING, ['sm-do-missing', 'expected secure-messaging data objects missing']],
  [SW_SM_DO_INCORRECT, ['sm-do-incorrect', 'secure-messaging data objects incorrect']],
  [SW_SESSION_DESTROYED, ['session-destroyed', 'secure-messaging session destroyed']],
  [SW_WRONG_DATA, ['wrong-data', 'incorrect data field']],
  [SW_FILE_NOT_FOUND, ['file-not-found', 'file or application not found']],
  [SW_WRONG_P1P2, ['wrong-p1p2', 'incorrect parameters P1-P2']],
  [SW_OFFSET_OUT_OF_RANGE, ['offset-out-of-range', 'offset outside the EF']],
  [SW_INS_NOT_SUPPORTED, ['ins-not-supported', 'instruction not supported']],
  [SW_CLA_NOT_SUPPORTED, ['cla-not-supported', 'class not supported']],
  [SW_SELF_TEST_ERROR, ['self-test-error', 'self-test error']],
]);

/** Tries left encoded in a `63 Cx` status word, or null for any other SW (so `63 00` is not "0 left"). */
export function triesLeft(sw: number): number | null {
  return (sw & 0xfff0) === SW_VERIFY_FAILED_COUNTER ? sw & 0x0f : null;
}

/** The `63 Cx` status word for `tries` (0–15) tries left, as an emulator answers a wrong PIN. */
export function swTriesLeft(tries: number): number {
  if (!Number.isInteger(tries) || tries < 0 || tries > 15)
    throw new RangeError(`tries must be 0..15, got ${tries}`);
  return SW_VERIFY_FAILED_COUNTER | tries;
}

/** Stable kebab-case code for a status word (`unknown-sw` when unnamed), for errors and audit events. */
export function swCode(sw: number): string {
  const known = KNOWN.get(sw);
  if (known) return known[0];
  if (triesLeft(sw) !== null) return 'verify-failed-tries-left';
  return 'unknown-sw';
}

/** `"69 82 security status not satisfied"`: hex plus ISO meaning, for logs and error messages (not UI). */
export function describeSw(sw: number): string {
  const hex = `${((sw >> 8) & 0xff).toString(16).padStart(2, '0')} ${(sw & 0xff).toString(16).padStart(2, '0')}`;
  const known = KNOWN.get(sw);
  if (known) return `${hex.toUpperCase()} ${known[1]}`;
  const tries = triesLeft(sw);
  if (tries !== null) return `${hex.toUpperCase()} verification failed, ${tries} tries left`;
  return `${hex.toUpperCase()} unknown status word`;
}
