import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_ACTIONS,
  actorFor,
  PLATFORM_ACTIONS,
  permitsAction,
  permittedActions,
  ROLES,
} from './index.ts';

const actor = (role: (typeof ROLES)[number]) =>
  actorFor({ userId: 'usr_x', username: 'x', role, officeCode: null, tenantId: 'tenant-x' });

describe('permittedActions', () => {
  it('lists exactly the actions permitsAction allows, for every role', () => {
    for (const role of ROLES) {
      const a = actor(role);
      const all = [...PLATFORM_ACTIONS, ...AUTHORITY_ACTIONS];
      expect(permittedActions(a), role).toEqual(all.filter((x) => permitsAction(a, x)));
    }
  });

  it('gives an officer the counter work and an employer no authority action', () => {
    const municipal = permittedActions(actor('municipal-officer'));
    expect(municipal).toContain('residents.find-by-card');
    expect(municipal).toContain('applications.grant');
    expect(municipal).not.toContain('cards.expire');
    expect(municipal).not.toContain('users.create');
    const handler = permittedActions(actor('handler'));
    expect(handler).toContain('sessions.read');
    expect(handler.some((x) => (AUTHORITY_ACTIONS as readonly string[]).includes(x))).toBe(false);
  });
});
