import { describe, expect, it } from 'vitest';
import { ROLES } from '../context.ts';
import { DomainError } from '../domain-error.ts';
import { authorize, authorizeOffice, isAllowed, POLICIES, roleForOffice } from './policies.ts';

describe('policies', () => {
  it('lets officers run counter work, administrators manage users and read audit — not file or grant', () => {
    const admin = { role: 'system-admin' as const };
    const bureau = { role: 'bureau-officer' as const };
    const municipal = { role: 'municipal-officer' as const };
    for (const a of [
      'applications.file',
      'applications.grant',
      'residents.register',
      'cards.report-loss',
    ] as const) {
      expect(isAllowed(bureau, a)).toBe(true);
      expect(isAllowed(municipal, a)).toBe(true);
      expect(isAllowed(admin, a)).toBe(false);
    }
    for (const a of ['users.create', 'audit.read'] as const) {
      expect(isAllowed(admin, a)).toBe(true);
      expect(isAllowed(bureau, a)).toBe(false);
      expect(isAllowed(municipal, a)).toBe(false);
    }
    for (const roles of Object.values(POLICIES)) for (const r of roles) expect(ROLES).toContain(r);
  });

  it('throws forbidden with the action and role', () => {
    try {
      authorize({ role: 'system-admin' }, 'applications.file');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('forbidden');
      expect((e as DomainError).details).toMatchObject({ action: 'applications.file', role: 'system-admin' });
    }
  });

  it('maps the office chosen by the rules to the officer role', () => {
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
