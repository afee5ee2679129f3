import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDocuments, staleSchemas } from './gen-schemas.ts';

const dir = resolve(import.meta.dirname, '..', 'docs', 'schemas');

describe('published JSON Schemas', () => {
  it('are fresh: docs/schemas matches the zod schemas', () => {
    expect(staleSchemas(dir)).toEqual([]);
  });

  it('describe the contract fields', () => {
    const situation = JSON.parse(readFileSync(resolve(dir, 'situation.schema.json'), 'utf8'));
    expect(situation.required).toEqual(
      expect.arrayContaining(['asOf', 'holder', 'procedure', 'channel', 'requestSpecifiedCard']),
    );
    expect(situation.properties.holder.properties.status.enum).toContain('special-permanent-resident');
    const decision = JSON.parse(schemaDocuments()['decision.schema.json'] as string);
    for (const key of [
      'asOf',
      'specifiedCard',
      'office',
      'cardToBeIssued',
      'documents',
      'earliestDate',
      'lawfulStayUntil',
      'myNumberFunctionExpiry',
      'obligations',
      'warnings',
      'steps',
      'trace',
      'messages',
    ])
      expect(decision.required, key).toContain(key);
  });
});
