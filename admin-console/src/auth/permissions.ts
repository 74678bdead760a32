/**
 * The `permissions` claim of an access token. The console only uses it to hide what the service
 * would refuse anyway; the service stays the judge of every call.
 */
export function permissionsOf(accessToken: string): string[] {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { permissions?: unknown };
    return Array.isArray(claims.permissions) ? claims.permissions.filter((p) => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether granted `resource:action` strings cover a needed one; `*` matches any part, as in the service. */
export function grants(granted: readonly string[], needed: string): boolean {
  const [resource, action] = needed.split(':');
  return granted.some((permission) => {
    if (permission === '*') return true;
    const [grantedResource, grantedAction] = permission.split(':');
    return (
      (grantedResource === '*' || grantedResource === resource) &&
      (grantedAction === '*' || grantedAction === action)
    );
  });
}
