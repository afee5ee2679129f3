import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, findViolations } from './check-imports.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'zairyu-imports-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const pkg = (deps: Record<string, string> = {}) => JSON.stringify({ dependencies: deps });

describe('check-imports', () => {
  it('passes on the repository itself', () => {
    expect(findViolations(resolve(import.meta.dirname, '..'))).toEqual([]);
  });

  it('rejects a forbidden arrow, a node: import in rules, an undeclared package and an escaping import', () => {
    const root = tree({
      'package.json': '{}',
      'packages/rules/package.json': pkg({ zod: '4' }),
      'packages/rules/src/a.ts':
        "import x from 'node:fs';\nimport { z } from 'zod';\nimport y from 'left-pad';\n",
      'packages/rules/src/b.ts':
        "import { c } from '@zairyu/core';\nimport { d } from '../../card/src/d.ts';\n",
      'packages/core/package.json': pkg(),
      'packages/core/src/c.ts': "import { r } from '@zairyu/rules';\n",
    });
    const messages = findViolations(root).map((v) => `${v.file}: ${v.message}`);
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/a\.ts: "node:fs": rules is browser-safe/);
    expect(messages.join('\n')).toMatch(/a\.ts: imports "left-pad"/);
    expect(messages.join('\n')).toMatch(/b\.ts: imports @zairyu\/core/);
    expect(messages.join('\n')).toMatch(
      /b\.ts: relative import "..\/..\/card\/src\/d.ts" leaves package rules/,
    );
  });

  it('keeps the layers inside packages/card one-way', () => {
    const root = tree({
      'package.json': '{}',
      'packages/card/package.json': pkg(),
      'packages/card/src/bytes.ts': 'export const x = 1;\n',
      'packages/card/src/files/a.ts': "import { x } from '../bytes.ts';\n",
      'packages/card/src/protocol/p.ts': "import { a } from '../files/a.ts';\n",
      'packages/card/src/reader/r.ts': "import { e } from '../emulator/e.ts';\n",
      'packages/card/src/emulator/e.ts': "import { a } from '../files/a.ts';\n",
      'packages/card/src/emulator/e.test.ts': "import { r } from '../reader/r.ts';\n",
    });
    const messages = findViolations(root).map((v) => `${v.file}: ${v.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/protocol\/p\.ts: card layer protocol may not import files/),
      expect.stringMatching(/reader\/r\.ts: card layer reader may not import emulator/),
    ]);
  });

  it('keeps the bounded contexts of packages/core apart (authority and employer never import each other)', () => {
    const root = tree({
      'package.json': '{}',
      'packages/core/package.json': pkg(),
      'packages/core/src/db/schema.ts': 'export const s = 1;\n',
      'packages/core/src/platform/p.ts': "import { s } from '../db/schema.ts';\n",
      'packages/core/src/platform/bad.ts': "import { a } from '../authority/a.ts';\n",
      'packages/core/src/authority/a.ts': "import { p } from '../platform/p.ts';\n",
      'packages/core/src/employer/e.ts': "import { a } from '../authority/a.ts';\n",
      'packages/core/src/employer/e.test.ts': "import { a } from '../authority/a.ts';\n",
      'packages/core/src/index.ts': "export * from './authority/a.ts';\nexport * from './employer/e.ts';\n",
    });
    const messages = findViolations(root).map((v) => `${v.file}: ${v.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/authority\/a\.ts|employer\/e\.ts|platform\/bad\.ts/),
      expect.stringMatching(/authority\/a\.ts|employer\/e\.ts|platform\/bad\.ts/),
    ]);
    expect(messages.join('\n')).toMatch(/employer\/e\.ts: core layer employer may not import authority/);
    expect(messages.join('\n')).toMatch(/platform\/bad\.ts: core layer platform may not import authority/);
  });

  it('lets the web app take the server’s types and nothing else of it', () => {
    const root = tree({
      'package.json': '{}',
      'packages/web/package.json': pkg(),
      'packages/web/src/ok.ts':
        "import type { Api } from '@zairyu/server';\nimport { type OperationId } from '@zairyu/server';\n",
      'packages/web/src/bad.ts': "import { buildApp } from '@zairyu/server';\n",
      'packages/web/src/mixed.ts': "import { type Api, buildApp } from '@zairyu/server';\n",
      'packages/web/src/dynamic.ts': "const s = await import('@zairyu/server');\n",
      'packages/web/src/core.ts': "import type { Resident } from '@zairyu/core';\n",
      'packages/web/vite.config.ts': "import { resolve } from 'node:path';\n",
      'packages/web/src/node.ts': "import { readFileSync } from 'node:fs';\n",
    });
    const messages = findViolations(root).map((v) => `${v.file}: ${v.message}`);
    expect(messages.filter((m) => m.includes('ok.ts') || m.includes('vite.config'))).toEqual([]);
    for (const f of ['bad.ts', 'mixed.ts', 'dynamic.ts'])
      expect(messages.join('\n')).toMatch(new RegExp(`${f}: imports @zairyu/server for more than its types`));
    expect(messages.join('\n')).toMatch(/core\.ts: imports @zairyu\/core, but web may import only \[rules\]/);
    expect(messages.join('\n')).toMatch(/node\.ts: "node:fs": web is browser-safe/);
  });

  it('keeps the web app’s features apart (guide, counter and employer never import each other)', () => {
    const root = tree({
      'package.json': '{}',
      'packages/web/package.json': pkg(),
      'packages/web/src/shared/i18n.ts': 'export const x = 1;\n',
      'packages/web/src/features/guide/page.tsx': "import { x } from '../../shared/i18n.ts';\n",
      'packages/web/src/features/counter/page.tsx': "import { y } from '../guide/page.tsx';\n",
      'packages/web/src/app.tsx': "import { y } from './features/guide/page.tsx';\n",
    });
    const messages = findViolations(root).map((v) => `${v.file}: ${v.message}`);
    expect(messages).toEqual([
      'packages/web/src/features/counter/page.tsx: web feature counter may not import feature guide',
    ]);
  });

  it('finds cycles', () => {
    const g = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(findCycles(g)).toEqual([['/a.ts', '/b.ts', '/c.ts', '/a.ts']]);
    const root = tree({
      'package.json': '{}',
      'packages/rules/package.json': pkg(),
      'packages/rules/src/a.ts': "import { b } from './b.ts';\n",
      'packages/rules/src/b.ts': "import { a } from './a.ts';\n",
    });
    expect(findViolations(root).map((v) => v.message)).toEqual([
      expect.stringMatching(
        /import cycle: packages\/rules\/src\/a\.ts → packages\/rules\/src\/b\.ts → packages\/rules\/src\/a\.ts/,
      ),
    ]);
  });
});
