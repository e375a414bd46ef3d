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
  // 活动: leaders for their own organizations, offices for those of their region
  'activities:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'activities:write': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  // public activities near the viewer (residents: their street); no personal data
  'public_activities:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'],
  // 重大活动报告: the office of the level a report names acknowledges or returns it
  'major_reports:decide': ['civil_affairs', 'street_officer', 'committee_worker'],
  // 培训: offices for their region; a hub's staff (the leader of a hub organization) for the hub's courses
  'training:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'training:manage': ['civil_affairs', 'street_officer', 'org_leader'],
  // 党建: party organizations and meeting records are kept by the offices of the region
  'party:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'party:manage': ['civil_affairs', 'street_officer', 'committee_worker'],
  // an organization's party members; its leader may keep their own organization's figures
  'party:profile': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  // 志愿服务: residents and leaders register as volunteers, sign up, redeem points and ask for certificates
  'volunteers:self': ['org_leader', 'resident'],
  // the volunteer registry, service records and roll-ups of the offices' region (phones masked)
  'volunteers:read': ['civil_affairs', 'street_officer', 'committee_worker'],
  'volunteer_needs:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'],
  // posting needs and confirming hours: leaders for their organizations, offices for their region
  'volunteer_needs:manage': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  'service_records:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader'],
  // 时间银行 points per hour and star levels: a street for itself, civil affairs for its subtree
  'time_bank_rules:manage': ['civil_affairs', 'street_officer'],
  'rewards:read': ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'],
  // the catalogue is kept by street offices and by hub organizations' leaders (for their hub)
  'rewards:manage': ['street_officer', 'org_leader'],
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
