/**
 * The one error type of the back office: a stable machine code (the server maps it to HTTP), the input path
 * for validation errors, the rules' reasons for refusals and evidence in details. "No" from the rules is a
 * refusal with reasons, not a crash.
 */

/** Stable codes of DomainError. */
export const DOMAIN_ERROR_CODES = [
  'not-found',
  'invalid-input',
  'forbidden',
  'application-refused',
  'invalid-transition',
  'conflict',
  'unauthenticated',
] as const;

/** A DomainError code. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A reason for a refusal, as the rules give it (code + citations). */
export interface DomainReason {
  code: string;
  citations: unknown[];
}

/** One input problem with the dotted path of the field. */
export interface InputProblem {
  path: string;
  code: string;
  message: string;
}

/** Options of a DomainError. */
export interface DomainErrorOptions {
  path?: string;
  reasons?: DomainReason[];
  details?: Record<string, unknown>;
}

/** A refusal or misuse the caller can act on; never carries personal values. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly path?: string;
  readonly reasons?: DomainReason[];
  readonly details?: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (options.path !== undefined) this.path = options.path;
    if (options.reasons !== undefined) this.reasons = options.reasons;
    if (options.details !== undefined) this.details = options.details;
  }
}

/** An invalid-input error naming every problem (the first one's path is `path`). */
export function invalidInput(problems: InputProblem[]): DomainError {
  const first = problems[0] ?? { path: '', code: 'invalid-value', message: 'invalid input' };
  return new DomainError('invalid-input', `${first.path || '(input)'}: ${first.message}`, {
    path: first.path,
    details: { issues: problems },
  });
}

/** A not-found error for a kind of thing (the id is echoed: ids are not personal data). */
export function notFound(kind: string, id: string): DomainError {
  return new DomainError('not-found', `${kind} not found`, { details: { kind, id } });
}
