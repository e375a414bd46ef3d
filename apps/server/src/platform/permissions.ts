import type { Role } from '@linli/shared';

// Who may do what, as data. Separation of duties (三权分立): the system administrator manages accounts
// but reads no organizations (so no personal data) and no audit events; the audit administrator only
// reads the audit trail.
export const permissions = {
  'regions:read': ['sys_admin', 'civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'],
  'regions:update': ['sys_admin'],
  'organizations:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'],
  'organizations:create': ['civil_affairs', 'street_officer', 'committee_worker'],
  'organizations:update': ['civil_affairs', 'street_officer', 'committee_worker'],
  'organizations:reveal': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  // ledgers (台账) come in from the offices that keep them
  'organizations:import': ['civil_affairs', 'street_officer', 'committee_worker'],
  // any list a role can read, it can take away as a spreadsheet (masked unless it may reveal)
  'exports:create': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'filings:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'filings:submit': ['committee_worker', 'org_leader'],
  'filings:review': ['committee_worker'],
  'filings:decide': ['street_officer'],
  'organizations:retag': ['civil_affairs'],
  'stats:read': ['civil_affairs', 'street_officer', 'committee_worker'],
  'stats:snapshot': ['civil_affairs'],
  // settings, not personal data: the system administrator binds packs too
  'policies:read': ['sys_admin', 'civil_affairs', 'street_officer', 'committee_worker'],
  'policies:bind': ['sys_admin', 'civil_affairs'],
  'users:manage': ['sys_admin'],
  'audit:read': ['audit_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((p) => can(role, p));
}

/** Every route declares one of these in `config.access`; access.ts refuses to register a route without it. */
export type RouteAccess = { public: true } | { authenticated: true } | { permission: Permission };

export const access = {
  public: { public: true } as RouteAccess,
  authenticated: { authenticated: true } as RouteAccess,
  to: (permission: Permission): RouteAccess => ({ permission }),
};

export function describeAccess(value: RouteAccess): string {
  if ('public' in value) return 'public';
  if ('authenticated' in value) return 'authenticated';
  return `permission:${value.permission}`;
}
