// What the packs bound to a region (with inheritance: a region adopts every pack bound above it) say about
// activities: the theme series it offers (packs' activitySeries) and the major-activity rules that apply.
import type { Pack } from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { Services } from '../../platform/context.js';
import { bindingsForRegions } from './activities.repository.js';
import { strictestRule, type PackRule } from './major-activity-rule.js';

export interface RegionPacks {
  series: { id: string; name: Pack['activitySeries'][number]['name']; packId: string; clause: string }[];
  rules: PackRule[];
}

function describe(packs: Pack[]): RegionPacks {
  const series: RegionPacks['series'] = [];
  for (const pack of packs)
    for (const s of pack.activitySeries)
      if (!series.some((known) => known.id === s.id)) series.push({ id: s.id, name: s.name, packId: pack.id, clause: s.citation.clause });
  const rules = packs.flatMap(({ id, documentNumber, rules: { majorActivity } }) =>
    majorActivity ? [{ packId: id, source: `${documentNumber} ${majorActivity.citation.clause}`, rule: majorActivity }] : [],
  );
  return { series, rules };
}

/** Each region's series and rules, with one query for all of them (a page of activities spans a few regions). */
export async function packsForRegions(services: Services, db: Db, codes: string[]): Promise<Map<string, RegionPacks>> {
  const bound = await bindingsForRegions(db, [...new Set(codes)]);
  return new Map(
    [...bound].map(([code, ids]) => [code, describe(ids.map((id) => services.packs.get(id)).filter((p): p is Pack => p !== undefined))]),
  );
}

export async function regionPacks(services: Services, db: Db, code: string): Promise<RegionPacks> {
  return (await packsForRegions(services, db, [code])).get(code)!;
}

/** A series' name wherever a pack names it (packs share the id of one campaign, e.g. culture-soul 文化铸魂). */
export function seriesNameOf(services: Services, seriesId: string | null) {
  if (!seriesId) return null;
  for (const pack of services.packs.all) {
    const found = pack.activitySeries.find((s) => s.id === seriesId);
    if (found) return found.name;
  }
  return null;
}

/** GET /activity-series: the series a region offers and the major-activity rule it follows, folded strictest. */
export async function activitySeriesOf(services: Services, region: string) {
  const { series, rules } = await regionPacks(services, services.database.db, region);
  return { region, series, majorActivityRule: strictestRule(rules) };
}
