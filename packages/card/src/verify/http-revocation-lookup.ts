/**
 * A `RevocationLookup` over HTTP: `GET {prefix}/{cardNumber}` (the sandbox authority's
 * `/public/card-validity/{cardNumber}`, the counterpart of ISA's 在留カード等番号失効情報照会), with global `fetch`,
 * a timeout, no redirects and a bounded body. Every failure is an answer, not an exception: unreachable,
 * timeout, an HTTP error, a malformed or foreign answer each give `unknown` with its own reason, so the
 * revocation check is NOT_CHECKED — never SUCCEEDED. The card number is sent only to the configured service,
 * only over HTTPS (or to a loopback address), and never appears in an error message.
 */
import { CardLibraryError } from '../errors/library-error.ts';
import { parseCardValidityAnswer } from './card-validity-answer.ts';
import type { RevocationAnswer, RevocationLookup, RevocationQuery } from './revocation.ts';

/** Stable codes of {@link RevocationConfigError}. */
export type RevocationConfigErrorCode = 'invalid-revocation-url' | 'insecure-revocation-url';

/** A revocation service address that cannot be used (bad URL, or plain HTTP to a host that is not loopback). */
export class RevocationConfigError extends CardLibraryError {
  readonly code: RevocationConfigErrorCode;

  constructor(code: RevocationConfigErrorCode, message: string) {
    super(message);
    this.name = 'RevocationConfigError';
    this.code = code;
  }
}

/** Options of {@link HttpRevocationLookup}. */
export interface HttpRevocationLookupOptions {
  /** How long one lookup may take, in ms (default 5000). */
  readonly timeoutMs?: number;
  /** The most bytes of answer read (default 16 KiB; the contract's answer is about 100). */
  readonly maxBodyBytes?: number;
  /** A `fetch` to use instead of the global one (tests). */
  readonly fetch?: typeof fetch;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The HTTP lookup; construct with the service prefix, e.g. `http://127.0.0.1:3000/public/card-validity`. */
export class HttpRevocationLookup implements RevocationLookup {
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly fetch: typeof fetch;

  constructor(prefix: string, options: HttpRevocationLookupOptions = {}) {
    let url: URL;
    try {
      url = new URL(prefix);
    } catch {
      throw new RevocationConfigError('invalid-revocation-url', 'the revocation URL is not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new RevocationConfigError('invalid-revocation-url', 'the revocation URL must be http: or https:');
    if (url.search || url.hash || url.username || url.password)
      throw new RevocationConfigError(
        'invalid-revocation-url',
        'the revocation URL must be a plain prefix (no query, fragment or credentials)',
      );
    if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
      throw new RevocationConfigError(
        'insecure-revocation-url',
        'the revocation URL must use https (plain http only to a loopback address): it carries card numbers',
      );
    this.prefix = url.href.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async check(query: RevocationQuery): Promise<RevocationAnswer> {
    const cardNumber = query.cardNumber.toUpperCase();
    if (!/^[A-Z0-9]{12}$/.test(cardNumber)) return { status: 'unknown', reason: 'no-card-data' };
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    try {
      response = await this.fetch(`${this.prefix}/${cardNumber}`, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal,
      });
    } catch {
      return { status: 'unknown', reason: signal.aborted ? 'revocation-timeout' : 'revocation-unreachable' };
    }
    try {
      if (response.status === 429) return { status: 'unknown', reason: 'revocation-rate-limited' };
      if (response.status !== 200) return { status: 'unknown', reason: 'revocation-http-error' };
      const body = await this.readBody(response);
      if (body === null) return { status: 'unknown', reason: 'revocation-answer-malformed' };
      return parseCardValidityAnswer(body, cardNumber);
    } catch {
      return { status: 'unknown', reason: signal.aborted ? 'revocation-timeout' : 'revocation-unreachable' };
    } finally {
      if (response.body && !response.body.locked) await response.body.cancel().catch(() => {});
    }
  }

  /** The body as text, or null when it is longer than the limit. */
  private async readBody(response: Response): Promise<string | null> {
    if (!response.body) return '';
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > this.maxBodyBytes) {
        await reader.cancel().catch(() => {});
        return null;
      }
      parts.push(value);
    }
    const decoder = new TextDecoder();
    return parts.map((p, i) => decoder.decode(p, { stream: i < parts.length - 1 })).join('');
  }
}
