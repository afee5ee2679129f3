import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_BUDGET as B, checkDimensions, checkInputSize, WorkMeter } from './image-budget.ts';
import { ImageError } from './image-error.ts';

const codeOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImageError);
    return (e as ImageError).code;
  }
  return 'none';
};

describe('image budget', () => {
  it('keeps one decode well under 256 MB', () => {
    expect(B.maxDecodedBytes).toBeLessThanOrEqual(32 * 1024 * 1024);
    expect(B.maxPixels).toBeLessThanOrEqual(B.maxWidth * B.maxHeight);
  });

  it('accepts card-sized images and refuses huge declarations before any allocation', () => {
    expect(codeOf(() => checkDimensions(674, 425, 1, B, 'TIFF'))).toBe('none');
    expect(codeOf(() => checkDimensions(6000, 3, 1, B, 'TIFF'))).toBe('none');
    expect(codeOf(() => checkDimensions(30000, 30000, 1, B, 'TIFF'))).toBe('image-too-large');
    expect(codeOf(() => checkDimensions(8193, 1, 1, B, 'TIFF'))).toBe('image-too-large');
    expect(codeOf(() => checkDimensions(2048, 2048, 4, B, 'JP2'))).toBe('none');
    expect(codeOf(() => checkDimensions(2048, 2049, 1, B, 'JP2'))).toBe('image-too-large');
    expect(codeOf(() => checkDimensions(0, 10, 1, B, 'TIFF'))).toBe('bad-image');
    expect(codeOf(() => checkDimensions(Number.NaN, 10, 1, B, 'TIFF'))).toBe('bad-image');
    expect(codeOf(() => checkInputSize(new Uint8Array(B.maxInputBytes + 1), B, 'TIFF'))).toBe(
      'image-input-too-large',
    );
  });

  it('meters work', () => {
    const m = new WorkMeter(10, 'G4 data');
    m.spend(10);
    expect(m.used).toBe(10);
    expect(codeOf(() => m.spend(1))).toBe('image-work-exceeded');
  });
});
