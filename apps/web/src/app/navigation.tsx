// The sider menu as data: each entry shows only when the user's role has one of its permissions.
import {
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  InboxOutlined,
  NotificationOutlined,
  ReadOutlined,
  SwapOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Any one of these is enough; none means every logged-in user. */
  anyOf?: string[];
}

export const reviewerPermissions = ['filings:review', 'filings:decide'];
/** Who has imports or exports to follow on /jobs. */
export const jobPermissions = ['organizations:import', 'exports:create'];

export const navigation: NavEntry[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, anyOf: ['stats:read'] },
  { path: '/queue', labelKey: 'nav.queue', icon: <InboxOutlined />, anyOf: reviewerPermissions },
  { path: '/organizations', labelKey: 'nav.organizations', icon: <TeamOutlined />, anyOf: ['organizations:read'] },
  { path: '/filings', labelKey: 'nav.filings', icon: <FileDoneOutlined />, anyOf: ['filings:read'] },
  { path: '/activities', labelKey: 'nav.activities', icon: <CalendarOutlined />, anyOf: ['activities:read'] },
  { path: '/major-reports', labelKey: 'nav.majorReports', icon: <NotificationOutlined />, anyOf: ['major_reports:decide'] },
  { path: '/nearby-activities', labelKey: 'nav.nearbyActivities', icon: <EnvironmentOutlined />, anyOf: ['public_activities:read'] },
  { path: '/volunteering', labelKey: 'nav.volunteering', icon: <HeartOutlined />, anyOf: ['volunteer_needs:read'] },
  { path: '/training', labelKey: 'nav.training', icon: <ReadOutlined />, anyOf: ['training:read'] },
  { path: '/party', labelKey: 'nav.party', icon: <FlagOutlined />, anyOf: ['party:read'] },
  { path: '/jobs', labelKey: 'nav.jobs', icon: <SwapOutlined />, anyOf: jobPermissions },
  { path: '/policies', labelKey: 'nav.policies', icon: <BookOutlined />, anyOf: ['stats:read', 'policies:read', 'policies:bind'] },
  { path: '/regions', labelKey: 'nav.regions', icon: <ClusterOutlined />, anyOf: ['regions:read'] },
  { path: '/users', labelKey: 'nav.users', icon: <UserSwitchOutlined />, anyOf: ['users:manage'] },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, anyOf: ['audit:read'] },
];

export const allows = (entry: Pick<NavEntry, 'anyOf'>, permissions: readonly string[]) =>
  !entry.anyOf || entry.anyOf.some((p) => permissions.includes(p));

/** The menu key of a location: the entry whose path is the longest prefix of it. */
export function navKeyOf(pathname: string): string {
  const match = navigation
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? '';
}
