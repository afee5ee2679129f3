import { describe, expect, it } from 'vitest';
import { CardLibraryError, ERROR_CODE_PATTERN, isCardLibraryError } from './library-error.ts';

class ExampleError extends CardLibraryError {
  readonly code = 'example-code';
}

describe('CardLibraryError', () => {
  it('tells the library’s own errors from bugs', () => {
    expect(isCardLibraryError(new ExampleError('x'))).toBe(true);
    expect(isCardLibraryError(new TypeError('x'))).toBe(false);
    expect(isCardLibraryError('x')).toBe(false);
  });

  it('accepts kebab-case codes only', () => {
    expect(ERROR_CODE_PATTERN.test('wrong-length')).toBe(true);
    expect(ERROR_CODE_PATTERN.test('Wrong_Length')).toBe(false);
    expect(ERROR_CODE_PATTERN.test('')).toBe(false);
  });
});
