// What a region's organizations are: tiers, each adopted pack's categories, and communities by size.
import { tiers, type StatsBreakdown } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as regions from '../regions/regions.repository.js';
import { allActive, categoryMeasure, tierMeasure } from './measures.js';
import * as rollups from './rollups.repository.js';
import { adoptedPacks, resolveStatsRegion } from './stats-region.js';

export const SIZE_BUCKETS = [0, 1, 5, 10, 15, 20];

export function bucketSizes(sizes: number[], communities: number) {
  const buckets = SIZE_BUCKETS.map((from, i) => ({ from, to: i + 1 < SIZE_BUCKETS.length ? SIZE_BUCKETS[i + 1]! - 1 : null, communities: 0 }));
  for (const n of sizes) buckets[SIZE_BUCKETS.findLastIndex((from) => n >= from)]!.communities++;
  // communities without a single organization have no counter row
  buckets[0]!.communities = Math.max(0, communities - sizes.length);
  return buckets;
}

export async function regionBreakdown(services: Services, scope: Scope, query: { region?: string }): Promise<StatsBreakdown> {
  const db = services.database.db;
  const region = await resolveStatsRegion(services, scope, query.region);
  const adopted = await adoptedPacks(services, region);
  const measures = [allActive, ...tiers.map(tierMeasure), ...adopted.flatMap(({ pack }) => pack.taxonomy.map((c) => categoryMeasure(pack, c.id)))];
  const ids = [...new Set(measures.map((m) => m.id))];
  const codes = region.code === '' ? (await regions.drillChildren(db, '')).map((r) => r.code) : [region.code];
  // tiers and categories are kept down to streets; a community's few organizations are counted live
  const [counts, tallies, sizes] = await Promise.all([
    region.level === 5 ? rollups.liveCounts(db, region.code, ids) : rollups.countsFor(db, codes, ids),
    rollups.talliesFor(db, [region.code]),
    rollups.communitySizes(db, region.code, allActive.id),
  ]);
  const count = (id: string) => counts.reduce((sum, row) => (row.measureId === id ? sum + row.n : sum), 0);
  const tally = tallies.get(region.code);
  return {
    region: { code: region.code, name: region.name, level: region.level },
    active: count(allActive.id),
    tiers: tiers.map((tier) => ({ tier, count: count(tierMeasure(tier).id) })),
    categories: adopted.map(({ pack }) => ({
      policy: pack.id,
      title: pack.title,
      items: pack.taxonomy.map((c) => ({ id: c.id, name: c.name, count: count(categoryMeasure(pack, c.id).id), serviceFields: c.fields })),
    })),
    distribution: bucketSizes(sizes, (tally?.urbanCommunities ?? 0) + (tally?.ruralCommunities ?? 0)),
  };
}
