import { describe, expect, it } from 'vitest';
import { fixtureImage } from '../../test/fixture-image.ts';
import { ResidenceCardEmulator } from '../emulator/residence-card-emulator.ts';
import { answerHexLine } from './hex-lines.ts';

describe('stdio hex-line protocol', () => {
  const card = new ResidenceCardEmulator(fixtureImage('05'));
  it('answers an APDU with uppercase hex including the status word, RESET with the ATR', () => {
    expect(answerHexLine(card, '00 b0 8a 00 00 00 00')).toBe('C10230359000');
    expect(answerHexLine(card, 'reset')).toMatch(/^3B888001/);
  });
  it('skips blank lines and answers junk with 6700', () => {
    expect(answerHexLine(card, '   ')).toBeNull();
    expect(answerHexLine(card, 'zz')).toBe('6700');
    expect(answerHexLine(card, '00A')).toBe('6700');
  });
});
