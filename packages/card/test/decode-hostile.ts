/**
 * Child process of `hostile-images.test.ts`: decodes every hostile fixture through `cardImageToPng` with the
 * default budget and prints one JSON line per file ({ name, code, ms }) and then { maxRssMb } — so the test
 * measures peak memory of a process that did nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImageError } from '../src/images/image-error.ts';
import { cardImageToPng } from '../src/images/image-to-png.ts';
import { hostileImages } from './hostile-images.ts';

for (const { name } of hostileImages()) {
  const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', name)));
  const t0 = performance.now();
  let code = 'decoded';
  try {
    await cardImageToPng(bytes);
  } catch (e) {
    code = e instanceof ImageError ? e.code : `untyped ${e instanceof Error ? e.name : typeof e}`;
  }
  process.stdout.write(`${JSON.stringify({ name, code, ms: performance.now() - t0 })}\n`);
}
process.stdout.write(`${JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
