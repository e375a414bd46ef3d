import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedScale, type ScaleSeedSummary } from './scale-seed.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ regions: ['310101'] });
});
afterAll(() => t.close());

const query = async <T>(sql: string, params: unknown[] = []) => (await t.database.driver.query(sql, params, 'object')).rows as T[];
const count = async (sql: string, params: unknown[] = []) =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params))[0]!.n;

const NOW = new Date('2026-06-17T04:00:00Z');
const communityLife = { months: 3, now: NOW };
const bulkTables = `'activities', 'volunteer_needs', 'volunteer_signups', 'service_records'`;
const indexesOf = () =>
  query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN (${bulkTables}) ORDER BY 1`,
  );

describe('linli seed --scale … --community-life', () => {
  let summary: ScaleSeedSummary;
  let indexesBefore: { name: string }[];

  beforeAll(async () => {
    indexesBefore = await indexesOf();
    // the district's own rule applies in its streets: the seed must neither override it nor add street rules
    await query(`INSERT INTO time_bank_rules (region_code, points_per_hour, star_hours) VALUES ('310101', 7, '{50,150}')`);
    summary = await seedScale(t.services, { scale: 'community', seed: 7, communityLife });
  });

  it('fills 南京东路街道 with volunteers, activities, needs, sign-ups and records, and builds every index again', async () => {
    const life = summary.communityLife!;
    expect(life.volunteers).toBeGreaterThan(19 * 50 - 1);
    expect(life.activities).toBeGreaterThan(summary.inserted);
    expect(life.needs).toBeGreaterThan(life.activities / 3);
    expect(life.records).toBeGreaterThan(life.needs * 5);
    expect(life.signups).toBeGreaterThanOrEqual(life.records);
    expect(await count(`SELECT 1 FROM service_records`)).toBe(life.records);
    expect(await indexesOf()).toEqual(indexesBefore);
    expect(await count(`SELECT 1 FROM activities WHERE region_code NOT LIKE '310101002%'`)).toBe(0);
  });

  it("keeps every volunteer's hours and points equal to the sums of their records", async () => {
    const drifted = await count(
      `SELECT 1 FROM volunteers v
       LEFT JOIN (SELECT volunteer_id, sum(hours) AS hours, sum(points) AS points FROM service_records GROUP BY volunteer_id) s ON s.volunteer_id = v.id
       WHERE v.hours_confirmed <> coalesce(s.hours, 0) OR v.points_balance <> coalesce(s.points, 0)`,
    );
    expect(drifted).toBe(0);
    expect(await count(`SELECT 1 FROM volunteers WHERE hours_confirmed > 0`)).toBeGreaterThan(summary.communityLife!.volunteers / 2);
  });

  it('records point to the need, volunteer, sign-up and organization they came from, in the volunteer’s street', async () => {
    const orphans = await count(
      `SELECT 1 FROM service_records r
       LEFT JOIN volunteer_needs n ON n.id = r.need_id
       LEFT JOIN activities a ON a.id = n.activity_id
       LEFT JOIN volunteers v ON v.id = r.volunteer_id
       LEFT JOIN organizations o ON o.id = r.organization_id
       LEFT JOIN volunteer_signups s ON s.need_id = r.need_id AND s.volunteer_id = r.volunteer_id
       WHERE n.id IS NULL OR a.id IS NULL OR v.id IS NULL OR o.id IS NULL OR s.id IS NULL
         OR n.organization_id <> r.organization_id OR a.organization_id <> n.organization_id
         OR r.region_code <> n.region_code OR n.region_code <> o.region_code OR left(v.region_code, 9) <> left(r.region_code, 9)`,
    );
    expect(orphans).toBe(0);
    const [confirmer] = await query<{ roles: string[] }>(
      `SELECT array_agg(DISTINCT u.role) AS roles FROM service_records r JOIN users u ON u.id = r.confirmed_by`,
    );
    expect(confirmer!.roles).toEqual(['street_officer']);
  });

  it('confirms hours within the need, within ten days of its end, before now, at the points per hour of the rule that applies', async () => {
    expect(await query(`SELECT region_code, points_per_hour FROM time_bank_rules`)).toEqual([
      { region_code: '310101', points_per_hour: 7 },
    ]);
    const broken = await count(
      `SELECT 1 FROM service_records r
       JOIN volunteer_needs n ON n.id = r.need_id
       JOIN volunteers v ON v.id = r.volunteer_id
       JOIN time_bank_rules rule ON rule.region_code = '310101'
       WHERE r.hours <= 0 OR r.hours * 3600 > extract(epoch FROM n.ends_at - n.starts_at)
         OR r.started_at <> n.starts_at OR r.ended_at <> n.ends_at OR n.status <> 'closed'
         OR r.confirmed_at < n.ends_at OR r.confirmed_at > n.ends_at + interval '10 days' OR r.confirmed_at > $1
         OR r.points <> floor(r.hours * rule.points_per_hour) OR r.started_at < v.created_at`,
      [NOW.toISOString()],
    );
    expect(broken).toBe(0);
    expect(
      await count(`SELECT 1 FROM volunteer_needs n WHERE (SELECT count(*) FROM volunteer_signups s WHERE s.need_id = n.id) > n.slots`),
    ).toBe(0);
  });

  it('spreads activities over the months asked for: held before now, planned after, none needing a major-activity report', async () => {
    const rows = await query<{ month: string; status: string; n: number }>(
      `SELECT to_char(starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, status, count(*)::int AS n FROM activities GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect([...new Set(rows.map((r) => r.month))]).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['held', 'planned', 'cancelled']));
    const misplaced = await count(
      `SELECT 1 FROM activities WHERE ends_at <= starts_at OR (status = 'held' AND ends_at > $1) OR (status = 'planned' AND ends_at <= $1)
         OR kind IN ('festival', 'performance', 'competition', 'gathering') OR expected_participants >= 100
         OR (status = 'held') <> (actual_participants IS NOT NULL)`,
      [NOW.toISOString()],
    );
    expect(misplaced).toBe(0);
    const [time] = await query<{ earliest: string; latest: string }>(
      `SELECT min((starts_at AT TIME ZONE 'Asia/Shanghai')::time)::text AS earliest, max((starts_at AT TIME ZONE 'Asia/Shanghai')::time)::text AS latest
       FROM activities`,
    );
    expect(time).toEqual({ earliest: '08:00:00', latest: '19:00:00' });
  });

  it('registers each volunteer as a resident of their community whose account no password opens', async () => {
    const odd = await count(
      `SELECT 1 FROM volunteers v JOIN users u ON u.id = v.user_id
       WHERE u.role <> 'resident' OR u.region_code <> v.region_code OR length(v.region_code) <> 12 OR u.password_hash <> '!'`,
    );
    expect(odd).toBe(0);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'seed-310101002001-0', password: '!' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('a second run with the same seed adds nothing and leaves the totals as they were', async () => {
    const totals = () =>
      query(`SELECT sum(hours_confirmed)::text AS hours, sum(points_balance)::int AS points, count(*)::int AS n FROM volunteers`);
    const before = await totals();
    const again = await seedScale(t.services, { scale: 'community', seed: 7, communityLife });
    expect(again.communityLife).toEqual({ volunteers: 0, activities: 0, needs: 0, signups: 0, records: 0 });
    expect(await totals()).toEqual(before);
  });
});
