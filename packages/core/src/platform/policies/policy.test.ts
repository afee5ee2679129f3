import { describe, expect, it } from 'vitest';
import { actorFor } from '../context.ts';
import { DomainError } from '../domain-error.ts';
import { allow, Policy } from './policy.ts';

const policy = new Policy(
  'test',
  ['authority'],
  [
    allow('bureau-officer', 'things.read', 'thing', 'mine'),
    allow('system-admin', 'things.read', 'thing', 'all'),
  ],
  {
    mine: {
      description: 'own things',
      holds: (a, r: { owner: string }) => r.owner === a.userId,
      scope: (a) => a.userId,
    },
    all: { description: 'every thing', holds: () => true, scope: () => '*' },
  },
  ['things.read', 'things.delete'],
);

const bureau = actorFor({
  userId: 'u1',
  username: 'u1',
  role: 'bureau-officer',
  officeCode: 'tokyo-bureau',
  tenantId: 't',
});
const admin = actorFor({
  userId: 'u2',
  username: 'u2',
  role: 'system-admin',
  officeCode: null,
  tenantId: 't',
});
const hr = actorFor({
  userId: 'u3',
  username: 'u3',
  role: 'employer-admin',
  officeCode: null,
  tenantId: 'e',
});

describe('Policy', () => {
  it('refuses a role without a rule before anything is loaded, naming the action and the roles allowed', () => {
    try {
      policy.authorize(bureau, 'things.delete');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('forbidden');
      expect((e as DomainError).details).toMatchObject({
        action: 'things.delete',
        role: 'bureau-officer',
        allowed: [],
      });
    }
    // a role of another tenant kind never matches, whatever its name
    expect(policy.permits(hr, 'things.read')).toBe(false);
  });

  it('checks the loaded resource against the rule’s condition, and scopes lists', () => {
    const grant = policy.authorize(bureau, 'things.read');
    expect(grant.allows({ owner: 'u1' })).toBe(true);
    expect(grant.allows({ owner: 'u9' })).toBe(false);
    expect(() => grant.check({ owner: 'u9' }, 'the thing')).toThrow(
      /the thing is outside what role bureau-officer may things.read/,
    );
    expect(grant.scopes()).toEqual(['u1']);
    expect(policy.authorize(admin, 'things.read').scopes()).toEqual(['*']);
    expect(policy.rolesFor('things.read')).toEqual(['bureau-officer', 'system-admin']);
    expect(policy.table().map((r) => [r.role, r.condition, r.description])).toEqual([
      ['bureau-officer', 'mine', 'own things'],
      ['system-admin', 'all', 'every thing'],
    ]);
  });

  it('will not hold a rule for an action it does not define', () => {
    expect(
      () =>
        new Policy(
          'bad',
          ['authority'],
          [allow('system-admin', 'nope', 'x', 'c')],
          { c: { description: '', holds: () => true, scope: () => null } },
          [],
        ),
    ).toThrow(/unknown action nope/);
  });
});
