/**
 * Every catalog folder of the web app (shared/catalogs, features/<f>/catalogs) has the same keys in every
 * language as in Japanese, the same placeholders, no empty text, and every literal key the code asks for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(SRC);
const folders = [
  ...new Set(files.filter((f) => /\/catalogs\/[^/]+\.json$/.test(f)).map((f) => join(f, '..'))),
];
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
const texts = (c: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(c).filter((e): e is [string, string] => typeof e[1] === 'string'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web catalogs', () => {
  it('has the three languages in the shared folder and in every feature', () => {
    expect(folders.map((f) => relative(SRC, f)).sort()).toEqual(
      expect.arrayContaining(['shared/catalogs', 'features/guide/catalogs', 'features/counter/catalogs']),
    );
    for (const folder of folders)
      expect(readdirSync(folder).sort(), relative(SRC, folder)).toEqual(
        expect.arrayContaining(['en.json', 'ja-easy.json', 'ja.json']),
      );
  });

  for (const folder of folders) {
    const ja = texts(read(join(folder, 'ja.json')));
    for (const file of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      it(`${relative(SRC, folder)}/${file}: same keys and placeholders as ja.json, no empty text`, () => {
        const other = texts(read(join(folder, file)));
        expect(Object.keys(other).sort()).toEqual(Object.keys(ja).sort());
        for (const [k, v] of Object.entries(other)) {
          expect(v.trim(), `${file} ${k}`).not.toBe('');
          expect(placeholders(v), `${file} ${k}`).toEqual(placeholders(ja[k] ?? ''));
        }
      });
    }
  }

  it('names every language in its own shared catalog', () => {
    for (const file of readdirSync(join(SRC, 'shared/catalogs'))) {
      const lang = read(join(SRC, 'shared/catalogs', file)).language as { name?: string; htmlLang?: string };
      expect(lang?.name, file).toBeTruthy();
      expect(lang?.htmlLang, file).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    }
  });

  it('has every literal key the code asks t() for', () => {
    const shared = texts(read(join(SRC, 'shared/catalogs/ja.json')));
    const missing: string[] = [];
    for (const f of files.filter((p) => /\.tsx?$/.test(p) && !p.endsWith('.test.ts'))) {
      const feature = relative(SRC, f).match(/^features\/([^/]+)\//)?.[1];
      const own = feature ? texts(read(join(SRC, 'features', feature, 'catalogs/ja.json'))) : {};
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-z0-9.-]+)'/g)) {
        const key = m[1] as string;
        if (!(key in own) && !(key in shared)) missing.push(`${relative(SRC, f)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
