import { describe, expect, it } from 'vitest';
import { type RevocationLookup, revocationVerdict } from './revocation.ts';

const card = { cardNumber: 'AA12345678BB', cardExpiry: '20300101' };
const lookup = (answer: boolean | null | Error): RevocationLookup => ({
  isRevoked: async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  },
});

describe('revocationVerdict', () => {
  it('is NOT_CHECKED without a provider', async () => {
    expect(await revocationVerdict()).toEqual({
      check: 'revocation',
      status: 'NOT_CHECKED',
      reason: 'no-revocation-provider',
    });
  });

  it('maps provider answers; an outage or "unknown" is never a pass or a fail', async () => {
    expect((await revocationVerdict(lookup(true), card)).status).toBe('FAILED');
    expect((await revocationVerdict(lookup(false), card)).status).toBe('SUCCEEDED');
    expect(await revocationVerdict(lookup(null), card)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'revocation-unknown',
    });
    expect(await revocationVerdict(lookup(new Error('down')), card)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'revocation-lookup-failed',
    });
    expect(await revocationVerdict(lookup(true))).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'no-card-data',
    });
  });

  it('passes the card number and expiry to the provider', async () => {
    const seen: string[] = [];
    const recorder: RevocationLookup = {
      isRevoked: async (n, e) => {
        seen.push(n, e);
        return false;
      },
    };
    await revocationVerdict(recorder, card);
    expect(seen).toEqual(['AA12345678BB', '20300101']);
  });
});
