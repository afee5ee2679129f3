/**
 * One test per hostile image class (fixtures in `test/fixtures/hostile/`, built by `test/hostile-images.ts`):
 * each is refused with its ImageError code, in well under a second, by a process whose peak memory stays
 * under 256 MB — and `cardImageToPng` keeps working afterwards.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileImages } from '../../test/hostile-images.ts';
import { renderText } from './bitmap-font.ts';
import { ImageError } from './image-error.ts';
import { cardImageToPng } from './image-to-png.ts';
import { encodeTiffG4 } from './tiff-g4.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'hostile');

describe('hostile card images', () => {
  it('the fixtures are exactly what the builders make (so each class is documented in code)', () => {
    for (const h of hostileImages())
      expect(Buffer.compare(readFileSync(join(FIXTURES, h.name)), Buffer.from(h.bytes)), h.name).toBe(0);
  });

  for (const h of hostileImages())
    it(`${h.name} (${h.bytes.length} bytes) → ${h.code === 'decoded' ? 'decodes harmlessly' : `ImageError ${h.code}`}`, async () => {
      const err = await cardImageToPng(h.bytes).then(
        () => null,
        (e: unknown) => e,
      );
      if (h.code === 'decoded') expect(err).toBeNull();
      else {
        expect(err).toBeInstanceOf(ImageError);
        expect((err as ImageError).code).toBe(h.code);
      }
    });

  it('in a fresh process: every class refused in under a second, peak memory under 256 MB', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(FIXTURES, '..', '..', 'decode-hostile.ts')],
      {
        encoding: 'utf8',
        timeout: 60_000,
        cwd: resolve(import.meta.dirname, '..', '..'),
      },
    );
    const lines = out
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const results = lines.filter((l) => 'name' in l) as { name: string; code: string; ms: number }[];
    expect(results.map((r) => r.name)).toEqual(hostileImages().map((h) => h.name));
    for (const r of results) {
      expect(r.code, r.name).toBe(hostileImages().find((h) => h.name === r.name)?.code);
      expect(r.ms, r.name).toBeLessThan(1000);
    }
    const { maxRssMb } = lines.at(-1) as { maxRssMb: number };
    expect(maxRssMb).toBeLessThan(256);
  }, 90_000);

  it('a genuine card image still converts after the hostile ones', async () => {
    const png = await cardImageToPng(encodeTiffG4(renderText('SANDBOX', 2, 4)));
    expect(png[1]).toBe(0x50); // 'P' of the PNG signature
  });
});
