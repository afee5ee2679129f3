import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const docs = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).procDocs;

describe('procedure documents', () => {
  it('lists the extension’s own papers', () => {
    expect(docs({})).toEqual([
      'extension-application-form',
      'procedure-photo',
      'passport',
      'residence-card',
      'supporting-documents',
    ]);
  });

  it('brings the passport when there is no card to present, and on arrival from abroad', () => {
    expect(docs({ procedure: 'move-in', lostOn: '2026-06-30' })).toEqual([
      'passport',
      'moving-out-certificate',
    ]);
    expect(docs({ procedure: 'move-in', holder: { residentRecord: false } })).toEqual([
      'residence-card',
      'passport',
    ]);
  });

  it('lists nothing when the procedure cannot be filed', () => {
    expect(docs({ asOf: '2026-10-05' })).toEqual([]); // the stay ended on 2026-09-30
  });
});
