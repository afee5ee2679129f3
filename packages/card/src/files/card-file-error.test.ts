import { describe, expect, it } from 'vitest';
import { CardFileError } from './card-file-error.ts';

describe('CardFileError', () => {
  it('names the file and tag, never a value', () => {
    const cause = new Error('tlv');
    const e = new CardFileError({
      code: 'tlv',
      file: 'DF1/EF02',
      tag: 0xc5,
      message: 'truncated-value at byte 3',
      cause,
    });
    expect([e.name, e.code, e.file, e.tag, e.cause]).toEqual([
      'CardFileError',
      'tlv',
      'DF1/EF02',
      0xc5,
      cause,
    ]);
    expect(e.message).toBe('DF1/EF02: truncated-value at byte 3');
    expect(new CardFileError({ code: 'bad-value', message: 'x' }).file).toBe('');
  });
});
