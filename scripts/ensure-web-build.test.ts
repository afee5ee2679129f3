/** The web build the tests and `zairyu serve` use: production React, every text asset precompressed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from './ensure-web-build.ts';

describe('the web build', () => {
  const assets = join(WEB_DIST, 'assets');
  const scripts = existsSync(assets) ? readdirSync(assets).filter((n) => n.endsWith('.js')) : [];

  it('is a production build (no React development warnings bundled)', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts)
      expect(readFileSync(join(assets, name), 'utf8'), name).not.toMatch(/react-devtools/);
  });

  it('has a .br and a .gz of every script, byte-identical when decompressed', () => {
    for (const name of scripts) {
      const bytes = readFileSync(join(assets, name));
      expect(brotliDecompressSync(readFileSync(join(assets, `${name}.br`))).equals(bytes), name).toBe(true);
      expect(gunzipSync(readFileSync(join(assets, `${name}.gz`))).equals(bytes), name).toBe(true);
    }
  });
});
