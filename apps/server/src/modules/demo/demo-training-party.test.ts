// The demo's training and party-building data (demo-training.service.ts, demo-party.service.ts) on 黄浦区 and
// 静安区: every invariant the API enforces holds for what the loader writes directly.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.js';
import { createTestApp, login, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD } from './accounts.js';
import { loadDemoData } from './demo.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ regions: ['310101', '310106'] });
  await loadDemoData(t.services, { regionPrefixes: ['310101', '310106'] });
});
afterAll(() => t.close());

const rows = async <T>(query: ReturnType<typeof sql>) => (await t.database.db.execute(query)) as unknown as T[];

describe('demo training and party building', () => {
  it('gives 黄浦区 courses with sessions in the past and person-times in the district and two of its streets', async () => {
    const district = await login(t.app, 'demo-district', DEMO_PASSWORD);
    const courses = (await district.get('/api/v1/training/courses')).json();
    expect(courses.total).toBe(4);
    const [future] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM training_attendance WHERE attended_at > now()`);
    expect(future!.n).toBe(0);
    const personTimes = (await district.get('/api/v1/training/person-times')).json();
    expect(personTimes.total).toBeGreaterThan(100);
    expect(personTimes.own.total).toBeGreaterThan(0);
    expect(personTimes.children.filter((row: { total: number }) => row.total > 0).map((row: { name: string }) => row.name)).toEqual([
      '南京东路街道',
      '外滩街道',
    ]);
  });

  it('covers organizations with party organizations as the API would: an own branch one, a joint branch several', async () => {
    const counts = await rows<{ kind: string; covered: number }>(sql`
      SELECT p.kind, count(o.organization_id)::int AS covered FROM party_organizations p
      LEFT JOIN organization_party_profiles o ON o.party_organization_id = p.id GROUP BY p.id, p.kind`);
    expect(counts.length).toBeGreaterThan(2);
    for (const { kind, covered } of counts) expect(kind === 'own_branch' ? covered === 1 : covered >= 2).toBe(true);
    const [outside] = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM organization_party_profiles o JOIN organizations g ON g.id = o.organization_id
      JOIN party_organizations p ON p.id = o.party_organization_id
      WHERE g.region_code NOT LIKE p.region_code || '%' OR o.party_member_count > g.member_count`);
    expect(outside!.n).toBe(0);
    const leader = await login(t.app, 'demo-leader', DEMO_PASSWORD);
    const [own] = (await leader.get('/api/v1/organizations')).json().items;
    expect((await leader.get(`/api/v1/organizations/${own.id}/party-profile`)).json().partyOrganization).not.toBeNull();
    expect((await leader.get('/api/v1/party/meetings')).json().total).toBeGreaterThan(0);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});
