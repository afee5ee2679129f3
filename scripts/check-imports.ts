/**
 * Enforces the package arrows of docs/ARCHITECTURE.md and finds import cycles. Fails (exit 1) on:
 * an import of a @zairyu package that the arrows forbid; a relative import that leaves its package; a
 * `node:` import in a browser-safe package (rules); an npm import not declared in the package's
 * package.json; a cycle between files of one package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Which @zairyu packages each package may import. */
export const ALLOWED: Record<string, string[]> = {
  rules: [],
  card: [],
  core: ['rules', 'card'],
  server: ['core', 'rules'],
  web: ['rules'],
  cli: ['rules', 'card', 'core', 'server'],
};

/**
 * Packages a package may import for their types only (`import type …`, erased at build time): the web app
 * takes the server's typed API contract, never its code.
 */
export const TYPE_ONLY: Record<string, string[]> = {
  web: ['server'],
};

/** True when every import of `spec` in `source` is type-only (`import type`, or only `type` specifiers). */
export function importsOnlyTypes(source: string, spec: string): boolean {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  let ok = true;
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text === spec
    ) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) ok = false;
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text === spec &&
      !node.isTypeOnly
    )
      ok = false;
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg) && arg.text === spec) ok = false;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ok;
}

/** Packages whose non-test code must run in a browser (no node: imports). */
export const BROWSER_SAFE = new Set(['rules', 'web']);

/**
 * Layers inside packages/card/src (DESIGN.md: bytes → apdu → transport → protocol; tlv → files → verify;
 * `errors` holds the base error class every layer may extend;
 * reader composes; emulator and issuer use the layers and nothing in the library imports them). A layer is the
 * first folder under src/ (or the file name for top-level files); tests are exempt.
 */
export const CARD_LAYERS: Record<string, string[]> = {
  errors: [],
  bytes: ['errors'],
  crypto: ['errors', 'bytes'],
  apdu: ['errors', 'bytes'],
  tlv: ['errors', 'bytes'],
  images: ['errors', 'bytes'],
  transport: ['errors', 'bytes', 'apdu'],
  protocol: ['errors', 'bytes', 'crypto', 'apdu'],
  files: ['errors', 'bytes', 'tlv'],
  verify: ['errors', 'bytes', 'crypto', 'tlv', 'files'],
  reader: ['errors', 'bytes', 'crypto', 'apdu', 'tlv', 'images', 'transport', 'protocol', 'files', 'verify'],
  emulator: ['errors', 'bytes', 'crypto', 'apdu', 'tlv', 'transport', 'protocol', 'files'],
  issuer: ['errors', 'bytes', 'crypto', 'tlv', 'images', 'files', 'verify', 'emulator'],
  index: ['*'],
};

/**
 * Bounded contexts inside packages/core/src (DESIGN.md): db holds the one schema and migration set; platform
 * (tenants, users, sessions, policies, audit, tasks) stands on db; authority and employer stand on platform and
 * never import each other; index composes. Tests are exempt.
 */
export const CORE_LAYERS: Record<string, string[]> = {
  db: [],
  platform: ['db'],
  authority: ['db', 'platform'],
  employer: ['db', 'platform'],
  index: ['*'],
};

function cardLayer(srcDir: string, file: string): string {
  const rel = relative(srcDir, file);
  const first = rel.split('/')[0] as string;
  return first.replace(/\.ts$/, '');
}

/** The web feature (`src/features/<name>/…`) a file belongs to, or null outside the features. */
export function webFeature(srcDir: string, file: string): string | null {
  const parts = relative(srcDir, file).split('/');
  return parts[0] === 'features' && parts.length > 2 ? (parts[1] as string) : null;
}

/** One broken rule. */
export interface Violation {
  file: string;
  message: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** Checks every package under `root/packages`. */
export function findViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  const pkgsDir = join(root, 'packages');
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const rootDeps = new Set(Object.keys({ ...rootPkg.dependencies, ...rootPkg.devDependencies }));
  for (const pkg of existsSync(pkgsDir) ? readdirSync(pkgsDir) : []) {
    const pkgDir = join(pkgsDir, pkg);
    if (!existsSync(join(pkgDir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const deps = new Set(
      Object.keys({
        ...manifest.dependencies,
        ...manifest.optionalDependencies,
        ...manifest.peerDependencies,
      }),
    );
    const devDeps = new Set(Object.keys({ ...manifest.devDependencies }));
    const allowed = ALLOWED[pkg];
    if (!allowed)
      violations.push({ file: relative(root, pkgDir), message: `package "${pkg}" has no entry in ALLOWED` });
    const graph = new Map<string, string[]>();
    for (const file of walk(pkgDir)) {
      const rel = relative(root, file);
      const isTest = /\.test\.tsx?$/.test(file) || rel.includes('/test/');
      const text = readFileSync(file, 'utf8');
      const info = ts.preProcessFile(text, true, true);
      const edges: string[] = [];
      for (const ref of info.importedFiles) {
        const spec = ref.fileName;
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(`${pkgDir}/`))
            violations.push({ file: rel, message: `relative import "${spec}" leaves package ${pkg}` });
          else edges.push(target);
          const src = join(pkgDir, 'src');
          const from = webFeature(src, file);
          const to = webFeature(src, target);
          if (pkg === 'web' && from && to && from !== to)
            violations.push({ file: rel, message: `web feature ${from} may not import feature ${to}` });
          const layers = pkg === 'card' ? CARD_LAYERS : pkg === 'core' ? CORE_LAYERS : null;
          if (layers && !isTest && file.startsWith(`${src}/`) && target.startsWith(`${src}/`)) {
            const from = cardLayer(src, file);
            const to = cardLayer(src, target);
            const allowedLayers = layers[from];
            if (!allowedLayers)
              violations.push({
                file: rel,
                message: `${pkg} layer "${from}" has no entry in its layer table`,
              });
            else if (from !== to && !allowedLayers.includes('*') && !allowedLayers.includes(to))
              violations.push({
                file: rel,
                message: `${pkg} layer ${from} may not import ${to} (allowed: ${allowedLayers.join(', ') || 'nothing'})`,
              });
          }
        } else if (spec.startsWith('node:') || builtinModules.includes(packageName(spec))) {
          if (BROWSER_SAFE.has(pkg) && !isTest && !/\.config\.[cm]?tsx?$/.test(file))
            violations.push({
              file: rel,
              message: `"${spec}": ${pkg} is browser-safe and may not import node modules`,
            });
        } else if (spec.startsWith('@zairyu/')) {
          const target = spec.slice('@zairyu/'.length).split('/')[0] as string;
          // tests are composition roots: they may bring in any package to check a whole flow
          const typesOnly = (TYPE_ONLY[pkg] ?? []).includes(target);
          if (typesOnly && !isTest && !importsOnlyTypes(text, spec))
            violations.push({
              file: rel,
              message: `imports @zairyu/${target} for more than its types: ${pkg} may use only \`import type\` from it`,
            });
          else if (target !== pkg && !isTest && !typesOnly && !(allowed ?? []).includes(target))
            violations.push({
              file: rel,
              message: `imports @zairyu/${target}, but ${pkg} may import only [${(allowed ?? []).join(', ')}]`,
            });
        } else {
          const name = packageName(spec);
          // build configuration (vite.config.ts …) runs at build time: the package's dev dependencies count
          const isConfig = /\.config\.[cm]?tsx?$/.test(file);
          if (!deps.has(name) && !((isTest || isConfig) && (rootDeps.has(name) || devDeps.has(name))))
            violations.push({
              file: rel,
              message: `imports "${name}", which ${pkg}/package.json does not declare`,
            });
        }
      }
      graph.set(file, edges);
    }
    violations.push(
      ...findCycles(graph).map((c) => ({
        file: relative(root, c[0] as string),
        message: `import cycle: ${c.map((f) => relative(root, f)).join(' → ')}`,
      })),
    );
  }
  return violations;
}

/** Cycles in a file graph (each reported once, by its first file). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const resolveFile = (f: string) => (graph.has(f) ? f : graph.has(`${f}.ts`) ? `${f}.ts` : f);
  const visit = (f: string) => {
    state.set(f, 'visiting');
    stack.push(f);
    for (const raw of graph.get(f) ?? []) {
      const n = resolveFile(raw);
      if (!graph.has(n)) continue;
      if (state.get(n) === 'visiting') cycles.push([...stack.slice(stack.indexOf(n)), n]);
      else if (!state.has(n)) visit(n);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const v = findViolations(root);
  for (const x of v) process.stderr.write(`${x.file}: ${x.message}\n`);
  if (v.length > 0) {
    process.stderr.write(`check-imports: ${v.length} violation(s)\n`);
    process.exit(1);
  }
  process.stdout.write('check-imports: package arrows and cycles OK\n');
}
