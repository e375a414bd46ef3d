// The demo loader on a test app restricted to 黄浦区 and 静安区 (the full demo also loads 天津市, 杭州市 and 宿州市).
import { isValidCreditCode, isValidIdNumber, isValidPhone } from '@linli/shared';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filings, organizations } from '../../db/schema.js';
import { verifyAuditChain } from '../../platform/audit.js';
import { createTestApp, login, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, demoAccounts } from './accounts.js';
import { demoLoaded, loadDemoData, type DemoSummary } from './demo.service.js';

const REGIONS = ['310101', '310106'];

async function fingerprint(t: TestApp) {
  const { db } = t.database;
  const orgs = await db.select().from(organizations).orderBy(asc(organizations.name));
  const rows = await db.select({ status: filings.status, payload: filings.payload, filingNumber: filings.filingNumber }).from(filings);
  return {
    organizations: orgs.map((o) =>
      [
        o.name,
        o.tier,
        o.status,
        o.regionCode,
        o.creditCode,
        o.filingNumber,
        o.memberCount,
        o.foundedOn,
        o.leaderName,
        t.services.cipher.decrypt(o.leaderIdNumberEnc),
      ].join('|'),
    ),
    filings: rows.map((f) => `${f.status}|${JSON.stringify(f.payload)}|${f.filingNumber}`).sort(),
  };
}

let first: TestApp;
let second: TestApp;
let summary: DemoSummary;
beforeAll(async () => {
  [first, second] = await Promise.all([createTestApp({ regions: REGIONS }), createTestApp({ regions: REGIONS })]);
  summary = await loadDemoData(first.services, { regionPrefixes: REGIONS });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('demo data', () => {
  it('signs in every demo account with the published password', async () => {
    expect(summary.accounts).toBe(demoAccounts.length);
    for (const account of demoAccounts) {
      const response = await first.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: account.username, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, account.username).toBe(200);
      expect(response.json()).toMatchObject({ role: account.role, regionCode: account.regionCode, displayName: account.displayName });
    }
  });

  it('names the real committee of 310101002001 as the demo committee', async () => {
    const committee = await login(first.app, 'demo-committee', DEMO_PASSWORD);
    expect((await committee.get('/api/v1/auth/me')).json().regionName).toBe('云南中路居委会');
  });

  it('fills 黄浦区 with a few hundred organizations of every tier and status, with valid codes and identifiers', async () => {
    expect(summary.organizations).toBeGreaterThan(300);
    const rows = await first.database.db.select().from(organizations);
    expect(rows).toHaveLength(summary.organizations);
    expect(new Set(rows.map((o) => o.tier))).toEqual(new Set(['registered', 'team', 'group']));
    expect(new Set(rows.map((o) => o.status))).toEqual(new Set(['active', 'suspended', 'cancelled', 'banned']));
    expect(rows.filter((o) => o.status === 'active').length / rows.length).toBeGreaterThan(0.8);
    expect(rows.every((o) => o.regionCode.startsWith('310101'))).toBe(true);
    for (const o of rows.filter((r) => r.tier === 'registered')) expect(isValidCreditCode(o.creditCode ?? ''), o.name).toBe(true);
    for (const o of rows) {
      const idNumber = first.services.cipher.decrypt(o.leaderIdNumberEnc);
      if (idNumber) expect(isValidIdNumber(idNumber), o.name).toBe(true);
      const phone = first.services.cipher.decrypt(o.leaderPhoneEnc);
      if (phone) expect(isValidPhone(phone), o.name).toBe(true);
    }
    const hubs = rows.filter((o) => o.hubKind !== 'none').map((o) => o.hubKind);
    expect(hubs.filter((h) => h === 'federation' || h === 'service_center')).toHaveLength(10); // one per street of 黄浦区
    expect(hubs).toContain('incubator');
    expect(new Set(rows.map((o) => o.name)).size).toBe(rows.length);
  });

  it('gives the demo leader a team of their own, and the teams their filings established', async () => {
    const leader = await login(first.app, 'demo-leader', DEMO_PASSWORD);
    const me = (await leader.get('/api/v1/auth/me')).json();
    const led = (await first.database.db.select().from(organizations).orderBy(asc(organizations.createdAt))).filter(
      (o) => o.leaderUserId === me.id,
    );
    expect(
      led
        .map((o) => o.name)
        .slice(1)
        .sort(),
    ).toEqual(['云南中路社区京剧票友会', '云南中路社区助餐送餐服务队']);
    expect(led[0]).toMatchObject({ regionCode: '310101002001', tier: 'team', status: 'active', leaderName: me.displayName });
  });

  it('shows the district officer the organizations of 黄浦区 only, and the 静安区 officer none of them', async () => {
    const district = await login(first.app, 'demo-district', DEMO_PASSWORD);
    expect((await district.get('/api/v1/organizations?pageSize=1')).json().total).toBe(summary.organizations);
    const jingan = await login(first.app, 'demo-district-jingan', DEMO_PASSWORD);
    expect((await jingan.get('/api/v1/organizations?pageSize=1')).json().total).toBe(0);
  });

  it('fills the work queues of 南京东路街道 at every step, with one overdue filing per review step', async () => {
    expect(summary.filings).toEqual({ committee_review: 4, street_review: 4, returned: 2, filed: 2, rejected: 1 });
    const queue = async (username: string) =>
      (await (await login(first.app, username, DEMO_PASSWORD)).get('/api/v1/filings?queue=mine&pageSize=100')).json();
    const street = await queue('demo-street');
    expect(street.total).toBe(4);
    expect(street.items.map((f: { status: string }) => f.status)).toEqual([
      'street_review',
      'street_review',
      'street_review',
      'street_review',
    ]);
    expect(
      street.items.filter((f: { overdue: boolean }) => f.overdue).map((f: { organizationName: string }) => f.organizationName),
    ).toEqual(['云南中路社区乒乓球队']);

    const committee = await queue('demo-committee');
    // demo-committee submitted 云南中路社区围棋俱乐部 itself: its colleague reviews it.
    const [ledTeam] = (await first.database.db.select().from(organizations).orderBy(asc(organizations.createdAt))).filter(
      (o) => o.leaderUserId,
    );
    expect(committee.items.map((f: { kind: string; organizationName: string }) => `${f.kind} ${f.organizationName}`).sort()).toEqual(
      ['establish 云南中路社区口琴队', 'establish 云南中路社区智能手机互助小组', `change ${ledTeam!.name}`].sort(),
    );
    expect(committee.items.filter((f: { overdue: boolean }) => f.overdue)).toHaveLength(1);
    expect((await queue('demo-committee2')).items.map((f: { organizationName: string }) => f.organizationName)).toContain(
      '云南中路社区围棋俱乐部',
    );
    expect((await queue('demo-leader')).items.map((f: { status: string }) => f.status)).toEqual(['returned', 'returned']);
  });

  it("registers the filed teams with the street's filing numbers, in sequence after the teams filed before", async () => {
    const rows = await first.database.db.select().from(organizations);
    const filed = rows.filter((o) => o.name === '云南中路社区京剧票友会' || o.name === '云南中路社区助餐送餐服务队');
    expect(filed).toHaveLength(2);
    for (const o of filed) expect(o.filingNumber).toMatch(/^备310101002-\d{4}-\d{4}$/);
    const teams = rows.filter((o) => o.tier === 'team');
    expect(
      teams.every(
        (o) =>
          (o.filingNumber && o.filingNumber.startsWith(`备${o.regionCode.slice(0, 9)}-${o.foundedOn?.slice(0, 4) ?? ''}`)) ||
          filed.includes(o),
      ),
    ).toBe(true);
    expect(new Set(rows.map((o) => o.filingNumber).filter(Boolean)).size).toBe(rows.filter((o) => o.filingNumber).length);
  });

  it("records the demo leader's activities, one 300-person gathering waiting in the street's report queue", async () => {
    const leader = await login(first.app, 'demo-leader', DEMO_PASSWORD);
    const activities = (await leader.get('/api/v1/activities?pageSize=50')).json();
    expect(activities.items.map((a: { status: string }) => a.status).sort()).toEqual(['held', 'held', 'planned', 'planned', 'planned']);
    const street = await login(first.app, 'demo-street', DEMO_PASSWORD);
    const queue = (await street.get('/api/v1/major-activity-reports?queue=mine')).json();
    expect(queue.items.map((r: { activity: { title: string; expectedParticipants: number } }) => r.activity)).toEqual([
      expect.objectContaining({ title: '邻里文化节广场集会', expectedParticipants: 300 }),
    ]);
    const acknowledged = (await street.get('/api/v1/major-activity-reports?status=acknowledged')).json();
    expect(acknowledged.items.map((r: { level: string; decidedByName: string }) => [r.level, r.decidedByName])).toEqual([
      ['committee', '云南中路居委会（陈敏）'],
    ]);
  });

  it('gives 张伟 (demo-resident) confirmed hours and points, open needs to sign up for and a catalogue to redeem from', async () => {
    const zhang = await login(first.app, 'demo-resident', DEMO_PASSWORD);
    const history = (await zhang.get('/api/v1/volunteers/me/records')).json();
    // 4 + 3 + 2.5 hours at the street's 12 points an hour
    expect(history.volunteer).toMatchObject({ name: '张伟', hoursConfirmed: 9.5, pointsBalance: 114, phone: '139****2100' });
    expect(history.total).toBe(3);
    const open = (await zhang.get('/api/v1/volunteer-needs?pageSize=50')).json().items;
    expect(open.filter((n: { abilities: { signUp: boolean } }) => n.abilities.signUp).length).toBeGreaterThanOrEqual(2);
    const catalogue = (await zhang.get('/api/v1/rewards')).json().items;
    expect(catalogue.map((r: { name: string }) => r.name)).toContain('社区理发券');
    const street = await login(first.app, 'demo-street', DEMO_PASSWORD);
    expect((await street.get('/api/v1/time-bank-rules/310101002')).json()).toMatchObject({ pointsPerHour: 12, source: 'own' });
    expect((await street.get('/api/v1/volunteers')).json().total).toBe(7);
  });

  it('keeps the audit chain intact', async () => {
    const result = await verifyAuditChain(first.database.db);
    expect(result).toMatchObject({ ok: true });
    expect(result.checked).toBeGreaterThan(summary.organizations);
  });

  it('is the same data on every run', async () => {
    const again = await loadDemoData(second.services, { regionPrefixes: REGIONS });
    expect(again).toEqual({ ...summary, regions: { seen: summary.regions.seen, written: 0 } });
    expect(await fingerprint(second)).toEqual(await fingerprint(first));
  }, 180_000);

  it('knows it has been loaded', async () => {
    expect(await demoLoaded(first.services)).toBe(true);
  });
});
