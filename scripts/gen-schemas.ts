/**
 * Generates docs/schemas/situation.schema.json and decision.schema.json from the zod schemas of
 * @zairyu/rules. `--check` fails (exit 1) when the checked-in files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DecisionSchema, SituationSchema } from '@zairyu/rules';
import { z } from 'zod';

const BASE = 'urn:zairyu:schema:';

/** The schema documents by file name. */
export function schemaDocuments(): Record<string, string> {
  const situation = {
    ...z.toJSONSchema(SituationSchema, { io: 'input', unrepresentable: 'any' }),
    $id: `${BASE}situation.schema.json`,
    title: 'zairyu Situation (input of `zairyu guide --json`)',
  };
  const decision = {
    ...z.toJSONSchema(DecisionSchema, { io: 'output', unrepresentable: 'any' }),
    $id: `${BASE}decision.schema.json`,
    title: 'zairyu Decision (output of `zairyu guide --json`)',
  };
  return {
    'situation.schema.json': `${JSON.stringify(situation, null, 2)}\n`,
    'decision.schema.json': `${JSON.stringify(decision, null, 2)}\n`,
  };
}

/** Files whose checked-in content differs from the generated one. */
export function staleSchemas(dir: string): string[] {
  const stale: string[] = [];
  for (const [name, text] of Object.entries(schemaDocuments())) {
    let current = '';
    try {
      current = readFileSync(join(dir, name), 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) stale.push(name);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, '..', 'docs', 'schemas');
  if (process.argv.includes('--check')) {
    const stale = staleSchemas(dir);
    if (stale.length > 0) {
      process.stderr.write(`schemas are stale: ${stale.join(', ')} — run npm run schemas and commit\n`);
      process.exit(1);
    }
    process.stdout.write('schemas: docs/schemas is up to date\n');
  } else {
    for (const [name, text] of Object.entries(schemaDocuments())) writeFileSync(join(dir, name), text);
    process.stdout.write(`schemas: wrote ${Object.keys(schemaDocuments()).join(', ')}\n`);
  }
}
