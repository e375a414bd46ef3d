import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationStatuses, tiers } from '@linli/shared';
import { placeOf } from '../demo/catalog.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedScale } from './scale-seed.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ regions: ['310101'] });
});
afterAll(() => t.close());

const query = async <T>(sql: string, params: unknown[] = []) => (await t.database.driver.query(sql, params, 'object')).rows as T[];

/** Everything a user sees of the organizations under `prefix`, as one hash. */
async function digest(prefix: string) {
  const [row] = await query<{ digest: string; n: number }>(
    `SELECT md5(string_agg(concat_ws('|', id, region_code, name, tier, legal_form, service_fields::text, target_groups::text,
        leader_name, member_count, founded_on, venue, hub_kind, is_brand, is_demonstration, is_observation_point, status), E'\\n' ORDER BY id)) AS digest,
        count(*)::int AS n
     FROM organizations WHERE region_code LIKE $1 || '%'`,
    [prefix],
  );
  return row!;
}

/** Names, tiers and fields only, without ids, in a stable order: what differs between two seeds. */
async function contentOf(prefix: string, ids: string[] | null) {
  const rows = await query<{ line: string }>(
    `SELECT concat_ws('|', region_code, name, tier, service_fields::text) AS line FROM organizations
     WHERE region_code LIKE $1 || '%' AND ($2::text[] IS NULL OR id::text = ANY ($2::text[])) ORDER BY 1`,
    [prefix, ids],
  );
  return rows.map((r) => r.line);
}

describe('linli seed --scale', () => {
  let firstIds: string[] = [];

  it('community scale fills 南京东路街道 and its communities, and nothing else', async () => {
    const summary = await seedScale(t.services, { scale: 'community', seed: 7 });
    expect(summary.streets).toBe(1);
    expect(summary.communities).toBe(19);
    expect(summary.inserted).toBeGreaterThan(19 * 4);
    expect(summary.total).toBe(summary.inserted);

    const outside = await query<{ n: number }>(`SELECT count(*)::int AS n FROM organizations WHERE region_code NOT LIKE '310101002%'`);
    expect(outside[0]!.n).toBe(0);
    const empty = await query<{ code: string }>(
      `SELECT c.code FROM regions c WHERE c.parent_code = '310101002'
       AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.region_code = c.code)`,
    );
    expect(empty).toEqual([]);
    firstIds = (await query<{ id: string }>(`SELECT id::text AS id FROM organizations`)).map((r) => r.id);
  });

  it('a second run with the same seed adds nothing and leaves every row as it was', async () => {
    const before = await digest('310101002');
    const summary = await seedScale(t.services, { scale: 'community', seed: 7 });
    expect(summary.inserted).toBe(0);
    expect(await digest('310101002')).toEqual(before);
  });

  it('names carry their community or street, leaders have names, founding dates lie in the past', async () => {
    const rows = await query<{ name: string; region_name: string; region_code: string; leader_name: string; future: boolean }>(
      `SELECT o.name, r.name AS region_name, o.region_code, o.leader_name, o.founded_on > current_date AS future
       FROM organizations o JOIN regions r ON r.code = o.region_code`,
    );
    for (const row of rows) {
      const place = row.region_code.length === 12 ? placeOf(row.region_name) : row.region_name;
      // the district's own incubator sits on one of its streets
      expect(row.name.includes(place) || row.name.startsWith('黄浦区'), `${row.name} in ${row.region_name}`).toBe(true);
      expect(row.leader_name).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(row.future).toBe(false);
    }
    const [duplicates] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT region_code, name FROM organizations GROUP BY 1, 2 HAVING count(*) > 1) AS d`,
    );
    expect(duplicates!.n).toBe(0);
  });

  it('district scale: every tier and status occurs, in plausible shares, and streets differ in density', async () => {
    const summary = await seedScale(t.services, { scale: 'district', seed: 7, chunkCommunities: 50 });
    expect(summary.streets).toBe(10);
    expect(summary.total).toBeGreaterThan(1000);

    const byTier = await query<{ tier: string; share: number }>(
      `SELECT tier, count(*)::float8 / sum(count(*)) OVER () AS share FROM organizations GROUP BY tier`,
    );
    expect(byTier.map((r) => r.tier).sort()).toEqual([...tiers].sort());
    for (const { tier, share } of byTier) {
      const [low, high] = tier === 'registered' ? [0.03, 0.15] : [0.35, 0.6];
      expect(share, tier).toBeGreaterThan(low);
      expect(share, tier).toBeLessThan(high);
    }
    const statuses = await query<{ status: string }>(`SELECT DISTINCT status FROM organizations ORDER BY 1`);
    expect(statuses.map((r) => r.status)).toEqual([...organizationStatuses].sort());

    const density = await query<{ street: string; per: number }>(
      `SELECT c.parent_code AS street, count(o.id)::float8 / count(DISTINCT c.code) AS per
       FROM regions c LEFT JOIN organizations o ON o.region_code = c.code
       WHERE c.level = 5 AND c.parent_code LIKE '310101%' GROUP BY 1`,
    );
    const values = density.map((d) => d.per);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(5);

    const [hubs] = await query<{ streets: number }>(
      `SELECT count(DISTINCT region_code)::int AS streets FROM organizations
       WHERE hub_kind IN ('federation', 'service_center') AND length(region_code) = 9`,
    );
    expect(hubs!.streets).toBeGreaterThanOrEqual(5);
  });

  it('another seed gives other organizations', async () => {
    const summary = await seedScale(t.services, { scale: 'community', seed: 8 });
    expect(summary.inserted).toBeGreaterThan(19 * 4);
    const all = (await query<{ id: string }>(`SELECT id::text AS id FROM organizations WHERE region_code LIKE '310101002%'`)).map(
      (r) => r.id,
    );
    const fresh = all.filter((id) => !firstIds.includes(id));
    expect(fresh).toHaveLength(summary.inserted);
    expect(await contentOf('310101002', fresh)).not.toEqual(await contentOf('310101002', firstIds));
  });
});
