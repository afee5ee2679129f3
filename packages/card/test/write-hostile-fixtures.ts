/**
 * Writes `fixtures/hostile/*` from `hostile-images.ts` (run once after changing a builder:
 * `npx tsx packages/card/test/write-hostile-fixtures.ts`). Synthetic files only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileImages } from './hostile-images.ts';

for (const h of hostileImages()) {
  writeFileSync(join(import.meta.dirname, 'fixtures', 'hostile', h.name), h.bytes);
  process.stdout.write(`${h.name}: ${h.bytes.length} bytes\n`);
}
