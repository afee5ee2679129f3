import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeCardText, encodeCardText, trimNul } from './text.ts';

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CardFileError) return e.code;
    throw e;
  }
  return 'no-error';
}

describe('card text (chip.md §4.2, §4.3)', () => {
  it('strips trailing NULs and reads UTF-8', () => {
    expect(decodeCardText(fromHex('3230313230333130'))).toBe('20120310');
    expect(decodeCardText(fromHex('E69DB1E4BAAC0000'))).toBe('東京');
    expect(decodeCardText(new Uint8Array(120))).toBe('');
    expect(toHex(trimNul(fromHex('41004200')))).toBe('410042');
  });

  it('falls back to Shift_JIS when the bytes are not UTF-8 (§4.3 caveat)', () => {
    expect(decodeCardText(fromHex('938C8B9E00'))).toBe('東京');
  });

  it('refuses bytes that are neither', () => {
    expect(code(() => decodeCardText(fromHex('80A0FD')))).toBe('bad-text');
  });

  it('encodes UTF-8 NUL-padded to the field', () => {
    expect(toHex(encodeCardText('131016', 6))).toBe('313331303136');
    expect(toHex(encodeCardText('東', 5))).toBe('E69DB10000');
    expect(code(() => encodeCardText('東京', 5))).toBe('value-too-long');
    expect(code(() => encodeCardText('A\u0000'))).toBe('bad-value');
    expect(code(() => encodeCardText('A\uD800'))).toBe('bad-value');
  });

  it('round-trips any well-formed text without trailing NUL', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !s.endsWith('\u0000')),
        fc.nat({ max: 20 }),
        (s, extra) => {
          const size = new TextEncoder().encode(s).length + extra;
          expect(decodeCardText(encodeCardText(s, size))).toBe(s);
        },
      ),
    );
  });
});
