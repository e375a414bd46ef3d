// The demo accounts: one per role, all in 黄浦区 南京东路街道 unless the role sees more.
import type { Role } from '@linli/shared';

export const DEMO_PASSWORD = 'Linli@demo2026';
export const DEMO_USERNAME_PREFIX = 'demo-';

export interface DemoAccount {
  username: string;
  role: Role;
  regionCode: string | null;
  displayName: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'demo-admin', role: 'sys_admin', regionCode: null, displayName: '系统管理员' },
  { username: 'demo-auditor', role: 'audit_admin', regionCode: null, displayName: '审计管理员' },
  { username: 'demo-city', role: 'civil_affairs', regionCode: '31', displayName: '上海市民政局' },
  { username: 'demo-district', role: 'civil_affairs', regionCode: '310101', displayName: '黄浦区民政局' },
  { username: 'demo-district-jingan', role: 'civil_affairs', regionCode: '310106', displayName: '静安区民政局' },
  { username: 'demo-street', role: 'street_officer', regionCode: '310101002', displayName: '南京东路街道' },
  { username: 'demo-committee', role: 'committee_worker', regionCode: '310101002001', displayName: '云南中路居委会' },
  // A colleague in the same committee: nobody first-reviews a filing they submitted (separation of duties).
  { username: 'demo-committee2', role: 'committee_worker', regionCode: '310101002001', displayName: '云南中路居委会（陈敏）' },
  { username: 'demo-leader', role: 'org_leader', regionCode: '310101002001', displayName: '李秀英' },
  { username: 'demo-resident', role: 'resident', regionCode: '310101002001', displayName: '张伟' },
];

/** The real divisions the demo loads: 上海市, 天津市, 杭州市 and 宿州市. */
export const DEMO_REGION_PREFIXES = ['31', '12', '3301', '3413'];
/** The district whose communities get the demo organizations, and the street with the filing queue. */
export const DEMO_DISTRICT = '310101';
export const DEMO_STREET = '310101002';
export const DEMO_COMMUNITY = '310101002001';
