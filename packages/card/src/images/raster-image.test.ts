import { describe, expect, it } from 'vitest';
import { ImageError } from './image-error.ts';
import { checkRaster, createRaster } from './raster-image.ts';

describe('raster image', () => {
  it('fills with a colour and validates its buffer', () => {
    const r = createRaster(2, 1, [1, 2, 3]);
    expect(Array.from(r.data)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(() => checkRaster(r)).not.toThrow();
    expect(() => checkRaster({ ...r, data: new Uint8Array(5) })).toThrow(ImageError);
    expect(() => checkRaster({ ...r, channels: 2 as never })).toThrow(ImageError);
    expect(() => createRaster(0, 1, [0])).toThrow(ImageError);
  });

  it('reports errors with a stable code and cause', () => {
    const cause = new Error('inner');
    const e = new ImageError('bad-image', 'outer', cause);
    expect([e.name, e.code, e.cause]).toEqual(['ImageError', 'bad-image', cause]);
  });
});
