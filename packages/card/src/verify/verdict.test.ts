import { describe, expect, it } from 'vitest';
import {
  buildVerdict,
  CHECK_NAMES,
  isCompleteVerdict,
  NOT_PERFORMED,
  VerdictError,
  verdictEntry,
  verdictFor,
} from './verdict.ts';

describe('verdict', () => {
  it('lists the eleven checks of issue 3 in their fixed order', () => {
    expect(CHECK_NAMES).toEqual([
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
    ]);
  });

  it('orders entries and reports every check exactly once', () => {
    const v = buildVerdict([
      verdictEntry('revocation', 'NOT_CHECKED', 'no-revocation-provider'),
      verdictEntry('card-access', 'SUCCEEDED', 'card-number-accepted'),
      verdictEntry('signature', 'FAILED', 'signature-mismatch'),
    ]);
    expect(v.map((e) => e.check)).toEqual([...CHECK_NAMES]);
    expect(isCompleteVerdict(v)).toBe(true);
    expect(verdictFor(v, 'signature')).toEqual({
      check: 'signature',
      status: 'FAILED',
      reason: 'signature-mismatch',
    });
    expect(verdictFor(v, 'stay-expiry')).toEqual({
      check: 'stay-expiry',
      status: 'NOT_CHECKED',
      reason: NOT_PERFORMED,
    });
  });

  it('fills unreported checks as NOT_CHECKED, never as passed or failed', () => {
    const v = buildVerdict([]);
    expect(v.every((e) => e.status === 'NOT_CHECKED')).toBe(true);
    expect(buildVerdict([], 'reader-stopped-early').every((e) => e.reason === 'reader-stopped-early')).toBe(
      true,
    );
  });

  it('refuses duplicates, unknown checks or statuses and reasons that are not kebab-case codes', () => {
    const e = verdictEntry('signature', 'SUCCEEDED', 'signature-valid');
    expect(() => buildVerdict([e, e])).toThrow(VerdictError);
    expect(() => verdictEntry('signature', 'SUCCEEDED', 'Signature OK')).toThrow(VerdictError);
    expect(() => verdictEntry('nope' as never, 'SUCCEEDED', 'x')).toThrow(VerdictError);
    expect(() => verdictEntry('signature', 'PASSED' as never, 'x')).toThrow(VerdictError);
  });

  it('detects incomplete or misordered lists', () => {
    const v = buildVerdict([]);
    expect(isCompleteVerdict(v.slice(1))).toBe(false);
    expect(isCompleteVerdict([...v].reverse())).toBe(false);
  });

  it('carries anchor evidence on a SUCCEEDED certificate-chain entry only, and keeps it through buildVerdict', () => {
    const anchor = { anchorSha256: 'ab'.repeat(32), anchorSource: 'supplied' as const };
    const e = verdictEntry('certificate-chain', 'SUCCEEDED', 'chains-to-anchor', anchor);
    expect(e).toMatchObject(anchor);
    expect(buildVerdict([e]).find((x) => x.check === 'certificate-chain')).toEqual(e);
    expect(() => verdictEntry('signature', 'SUCCEEDED', 'signature-valid', anchor)).toThrow(VerdictError);
    expect(() => verdictEntry('certificate-chain', 'FAILED', 'no-matching-anchor', anchor)).toThrow(
      VerdictError,
    );
    expect(() =>
      verdictEntry('certificate-chain', 'SUCCEEDED', 'chains-to-anchor', { ...anchor, anchorSha256: 'AB' }),
    ).toThrow(VerdictError);
    expect(Object.keys(verdictEntry('revocation', 'NOT_CHECKED', 'no-revocation-provider'))).toEqual([
      'check',
      'status',
      'reason',
    ]);
  });
});
