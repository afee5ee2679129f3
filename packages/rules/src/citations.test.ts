import { describe, expect, it } from 'vitest';
import { CITATION_IDS, citations, cite } from './citations.ts';
import { LAWS, lawUrl } from './laws.ts';

describe('citations', () => {
  it('give every law its e-Gov id, article, version and URL', () => {
    const lawIds = new Set<string>(Object.values(LAWS).map((l) => l.lawId));
    for (const id of CITATION_IDS) {
      const c = citations[id];
      expect(c.id).toBe(id);
      if (c.kind === 'law') {
        expect(c.lawId && lawIds.has(c.lawId), id).toBe(true);
        expect(c.url, id).toBe(lawUrl(c.lawId as string));
        expect(c.url, id).toMatch(/^https:\/\/laws\.e-gov\.go\.jp\/law\/\d{3}[A-Z][A-Z0-9][0-9A-Z]{10}$/); // AC, CO, M5 (ordinances) …
        expect(c.article, id).toBeTruthy();
        expect(c.version, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(c.lawId, id).toBeNull();
      }
    }
  });

  it('cite the source article by its section, never by a repository path', () => {
    const article = CITATION_IDS.filter((id) => citations[id].kind === 'source-article');
    expect(article.map((id) => citations[id].section)).toEqual([
      '①',
      '②',
      '③',
      '④',
      '⑤',
      '⑥',
      '⑦',
      '⑧',
      'FAQ',
    ]);
    for (const id of CITATION_IDS) expect(JSON.stringify(citations[id])).not.toMatch(/seed\/|\.txt/);
  });

  it('shares frozen constants', () => {
    const a = cite('immigration-act-19-12', 'civil-code-140');
    expect(a).toBe(cite('immigration-act-19-12', 'civil-code-140'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
  });
});
