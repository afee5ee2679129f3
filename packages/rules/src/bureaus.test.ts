import { describe, expect, it } from 'vitest';
import { BUREAU_OFFICES, bureauOffice, bureauServes, bureausFor, prefectureOf } from './bureaus.ts';
import { citations } from './citations.ts';

describe('regional immigration bureaus', () => {
  it('give every one of the 47 prefectures exactly one 本局', () => {
    for (let p = 1; p <= 47; p++) {
      const pref = String(p).padStart(2, '0');
      const bureaus = BUREAU_OFFICES.filter((o) => o.level === 'bureau' && o.prefectures.includes(pref));
      expect(
        bureaus.map((b) => b.code),
        pref,
      ).toHaveLength(1);
    }
  });

  it('serve a municipality through its prefecture: 本局 first, then the 支局', () => {
    expect(prefectureOf('141003')).toBe('14');
    expect(bureausFor('141003').map((o) => o.code)).toEqual(['tokyo-bureau', 'yokohama-branch']);
    expect(bureausFor('011002').map((o) => o.code)).toEqual(['sapporo-bureau']);
    expect(bureausFor('472018').map((o) => o.code)).toEqual(['fukuoka-bureau', 'naha-branch']);
    expect(bureauServes('tokyo-bureau', '131016')).toBe(true);
    expect(bureauServes('tokyo-bureau', '271004')).toBe(false);
    expect(bureauServes('yokohama-branch', '131016')).toBe(false);
    expect(bureauServes('narita-airport-branch', '122114')).toBe(false);
    expect(bureauServes('no-such-bureau', '131016')).toBe(false);
  });

  it('branches belong to a 本局 and every office is cited', () => {
    for (const o of BUREAU_OFFICES) {
      expect(bureauOffice(o.bureau)?.level).toBe('bureau');
      for (const c of o.citations) expect(citations[c], c).toBeDefined();
    }
    expect(bureauOffice('tokyo-bureau')?.ja).toBe('東京出入国在留管理局');
    expect(bureauOffice('x')).toBeNull();
  });
});
