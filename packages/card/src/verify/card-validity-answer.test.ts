import { describe, expect, it } from 'vitest';
import { parseCardValidityAnswer } from './card-validity-answer.ts';

const N = 'AA12345678BB';
const body = (o: Record<string, unknown>) =>
  JSON.stringify({ cardNumber: N, valid: true, reason: null, checkedAt: '2026-07-01T03:00:00.000Z', ...o });

describe('card-validity answer', () => {
  it('reads the contract', () => {
    expect(parseCardValidityAnswer(body({}), N)).toEqual({ status: 'valid' });
    expect(parseCardValidityAnswer(body({ valid: false, reason: 'lost' }), N)).toEqual({
      status: 'invalid',
      reason: 'lost',
    });
    expect(parseCardValidityAnswer(body({ valid: false, reason: null }), N)).toEqual({
      status: 'invalid',
      reason: null,
    });
    expect(parseCardValidityAnswer(body({ cardNumber: 'aa12345678bb', extra: 1 }), N)).toEqual({
      status: 'valid',
    });
  });

  it('never turns a malformed or foreign answer into a verdict', () => {
    const malformed = { status: 'unknown', reason: 'revocation-answer-malformed' };
    for (const b of [
      '',
      'null',
      '[]',
      '<html>',
      body({ valid: 'true' }),
      body({ valid: true, reason: 'lost' }), // a valid card has no reason
      body({ valid: false, reason: 'stolen' }),
      body({ checkedAt: undefined }),
      body({ checkedAt: 'yesterday' }),
      body({ cardNumber: 12 }),
    ])
      expect(parseCardValidityAnswer(b, N), b).toEqual(malformed);
    expect(
      parseCardValidityAnswer(body({ cardNumber: 'ZZ00000000ZZ', valid: false, reason: 'lost' }), N),
    ).toEqual({
      status: 'unknown',
      reason: 'revocation-answer-mismatch',
    });
  });
});
