import { describe, expect, it } from 'vitest';
import { type RevocationAnswer, type RevocationLookup, revocationVerdict } from './revocation.ts';

const card = { cardNumber: 'AA12345678BB', cardExpiry: '20300101' };
const lookup = (answer: boolean | null | Error): RevocationLookup => ({
  isRevoked: async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  },
});
const checking = (answer: RevocationAnswer | Error): RevocationLookup => ({
  check: async () => {
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
    expect(
      await revocationVerdict(lookup(true), { cardNumber: 'AA12345678BB', cardExpiry: null }),
    ).toMatchObject({
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

  it('check(): the authority’s reason becomes the FAILED reason; no answer stays NOT_CHECKED with its reason', async () => {
    const gen1 = { cardNumber: 'AA12345678BB', cardExpiry: null }; // a card whose chip has no expiry
    expect(await revocationVerdict(checking({ status: 'valid' }), gen1)).toMatchObject({
      status: 'SUCCEEDED',
      reason: 'not-revoked',
    });
    for (const reason of ['lost', 'returned', 'expired', 'replaced'] as const)
      expect(await revocationVerdict(checking({ status: 'invalid', reason }), card)).toMatchObject({
        status: 'FAILED',
        reason: `card-revoked-${reason}`,
      });
    for (const reason of ['unknown', null] as const)
      expect((await revocationVerdict(checking({ status: 'invalid', reason }), card)).reason).toBe(
        'card-revoked',
      );
    expect(
      await revocationVerdict(checking({ status: 'unknown', reason: 'revocation-timeout' }), card),
    ).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'revocation-timeout',
    });
    expect((await revocationVerdict(checking({ status: 'unknown', reason: 'Not Kebab' }), card)).reason).toBe(
      'revocation-lookup-failed',
    );
    expect((await revocationVerdict(checking(new Error('x')), card)).status).toBe('NOT_CHECKED');
  });
});
