import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const docs = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).documents;

describe('request documents (source ④)', () => {
  it('needs no second photo when the procedure takes one, and one when it does not', () => {
    expect(docs({})).toEqual(['specified-card-application-form', 'pin-setting-form']);
    expect(docs({ procedure: 'move-in' })).toEqual([
      'specified-card-application-form',
      'pin-setting-form',
      'photo',
    ]);
  });

  it('adds relationship papers when a relative files for a child, and nothing when not available', () => {
    expect(docs({ filedBy: 'relative', holder: { birthDate: '2014-01-01' } })).toContain(
      'proof-of-relationship',
    );
    expect(docs({ requestSpecifiedCard: false })).toEqual([]);
  });
});
