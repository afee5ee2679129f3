import { describe, expect, it } from 'vitest';
import { actorFor } from '../platform/context.ts';
import { DomainError } from '../platform/domain-error.ts';
import { AUTHORITY_ACTIONS, authorityPolicy, authorizeOffice, roleForOffice } from './policies.ts';

const actor = (role: 'bureau-officer' | 'municipal-officer' | 'system-admin', officeCode: string | null) =>
  actorFor({ userId: 'u', username: 'u', role, officeCode, tenantId: 't' });

describe('the authority’s policy', () => {
  it('keeps a municipal officer to the residents of the municipality', () => {
    const g = authorityPolicy.authorize(actor('municipal-officer', '131016'), 'residents.read');
    expect(g.allows({ municipalityCode: '131016' })).toBe(true);
    expect(g.allows({ municipalityCode: '131024' })).toBe(false);
    expect(g.scopes()).toEqual([{ kind: 'municipality', code: '131016' }]);
  });

  it('keeps a bureau officer to the prefectures of the bureau, a 支局 officer to its prefecture', () => {
    const tokyo = authorityPolicy.authorize(actor('bureau-officer', 'tokyo-bureau'), 'applications.grant');
    expect(tokyo.allows({ municipalityCode: '131016' })).toBe(true); // 東京都
    expect(tokyo.allows({ municipalityCode: '141003' })).toBe(true); // 神奈川県 (the 本局 covers its region)
    expect(tokyo.allows({ municipalityCode: '271276' })).toBe(false); // 大阪府
    expect(tokyo.scopes()).toEqual([
      { kind: 'prefectures', codes: ['08', '09', '10', '11', '12', '13', '14', '15', '19', '20'] },
    ]);
    const yokohama = authorityPolicy.authorize(actor('bureau-officer', 'yokohama-branch'), 'residents.read');
    expect(yokohama.allows({ municipalityCode: '141003' })).toBe(true);
    expect(yokohama.allows({ municipalityCode: '131016' })).toBe(false);
    const noOffice = authorityPolicy.authorize(actor('bureau-officer', null), 'residents.read');
    expect(noOffice.allows({ municipalityCode: '131016' })).toBe(false);
  });

  it('gives administrators no counter work, only the expiry run', () => {
    const admin = actor('system-admin', null);
    for (const a of AUTHORITY_ACTIONS)
      expect(authorityPolicy.permits(admin, a), a).toBe(a === 'cards.expire');
    expect(authorityPolicy.permits(actor('municipal-officer', '131016'), 'residents.find-by-card')).toBe(
      true,
    );
    expect(authorityPolicy.permits(actor('bureau-officer', 'tokyo-bureau'), 'residents.find-by-card')).toBe(
      false,
    );
  });

  it('maps the office the rules chose to the officer who may act there', () => {
    expect(roleForOffice('immigration-bureau')).toBe('bureau-officer');
    expect(roleForOffice('municipality')).toBe('municipal-officer');
    expect(() =>
      authorizeOffice({ role: 'municipal-officer' }, 'immigration-bureau', 'applications.file'),
    ).toThrow(DomainError);
    expect(() => authorizeOffice({ role: 'bureau-officer' }, 'municipality', 'applications.file')).toThrow(
      DomainError,
    );
    expect(() =>
      authorizeOffice({ role: 'bureau-officer' }, 'immigration-bureau', 'applications.file'),
    ).not.toThrow();
  });
});
