import { describe, expect, it } from 'vitest';
import { CardError } from './card-error.ts';
import { SW_SECURITY_NOT_SATISFIED, SW_VERIFY_FAILED } from './status-words.ts';

describe('CardError', () => {
  it('carries the status word and the protocol step as evidence', () => {
    const e = new CardError({ step: 'verify', sw: SW_VERIFY_FAILED });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('CardError');
    expect(e.sw).toBe(0x6300);
    expect(e.step).toBe('verify');
    expect(e.code).toBe('verify-failed');
    expect(e.message).toBe('verify: 63 00 verification or authentication failed');
  });

  it('allows a null SW (bad data with 90 00), an explicit code, message and cause', () => {
    const cause = new Error('inner');
    const e = new CardError({ step: 'mutual-authenticate', sw: null, code: 'bad-mac', message: 'm', cause });
    expect(e.sw).toBeNull();
    expect(e.code).toBe('bad-mac');
    expect(e.message).toBe('m');
    expect(e.cause).toBe(cause);
    expect(new CardError({ step: 'read-binary', sw: null }).code).toBe('card-error');
    expect(new CardError({ step: 'read-binary', sw: SW_SECURITY_NOT_SATISFIED }).code).toBe(
      'security-not-satisfied',
    );
  });
});
