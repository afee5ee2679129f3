import { describe, expect, it } from 'vitest';
import { actorFor } from '../context.ts';
import { ROLES } from '../tenants/tenant-kinds.ts';
import { platformPolicy } from './platform-policy.ts';

const actor = (role: (typeof ROLES)[number], userId = 'u1') =>
  actorFor({ userId, username: userId, role, officeCode: null, tenantId: 't' });

describe('the platform’s policy', () => {
  it('lets everyone manage their own sessions and tokens, and nobody else’s but the administrator', () => {
    for (const role of ROLES) {
      expect(platformPolicy.permits(actor(role), 'api-tokens.create'), role).toBe(true);
      const g = platformPolicy.authorize(actor(role), 'api-tokens.revoke');
      expect(g.allows({ userId: 'u1' }), role).toBe(true);
      expect(g.allows({ userId: 'someone-else' }), role).toBe(
        role === 'system-admin' || role === 'employer-admin',
      );
    }
  });

  it('gives users and the audit to each kind’s administrator, the audit also to auditors', () => {
    const can = (role: (typeof ROLES)[number], action: Parameters<typeof platformPolicy.permits>[1]) =>
      platformPolicy.permits(actor(role), action);
    expect(ROLES.filter((r) => can(r, 'users.create'))).toEqual(['system-admin', 'employer-admin']);
    expect(ROLES.filter((r) => can(r, 'audit.read'))).toEqual(['system-admin', 'employer-admin', 'auditor']);
    expect(ROLES.filter((r) => can(r, 'audit.verify'))).toEqual([
      'system-admin',
      'employer-admin',
      'auditor',
    ]);
    expect(ROLES.filter((r) => can(r, 'tenants.read'))).toEqual([...ROLES]);
  });
});
