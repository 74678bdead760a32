import { describe, expect, it } from 'vitest';
import { grants, permissionsOf } from './permissions';

const tokenWith = (claims: object) =>
  ['header', btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'signature'].join('.');

describe('permissions', () => {
  it('are read from the access token claim', () => {
    expect(permissionsOf(tokenWith({ permissions: ['users:*', 'customers:read'] }))).toEqual(['users:*', 'customers:read']);
    expect(permissionsOf('not-a-token')).toEqual([]);
  });

  it('honour wildcards the way the service does', () => {
    expect(grants(['*'], 'gdpr:erase')).toBe(true);
    expect(grants(['users:*'], 'users:update')).toBe(true);
    expect(grants(['notes:read', 'notes:create'], 'notes:delete')).toBe(false);
    expect(grants(['gdpr:self'], 'gdpr:erase')).toBe(false);
  });
});
