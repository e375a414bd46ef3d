// The trend of a pack's indicators for one region, from the month-end snapshots.
import type { IndicatorValue, StatsTrend } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as regions from '../regions/regions.repository.js';
import { personTimesUntil } from '../training/attendance.repository.js';
import { chinaMidnight, dayAfter } from '../training/training.repository.js';
import { coverageKey, evaluateIndicator, personTimesKey, startOf, trainingSubjectOf, type RegionFacts } from './indicator-engine.js';
import { indicatorMeasures, subjectMeasure } from './measures.js';
import * as rollups from './rollups.repository.js';
import * as snapshots from './snapshots.repository.js';
import { packsFor, resolveStatsRegion } from './stats-region.js';

const CODE_LENGTH = [0, 2, 4, 6, 9, 12];

function monthsBefore(now: Date, months: number): string {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return since.toISOString().slice(0, 10);
}

export async function regionTrend(
  services: Services,
  scope: Scope,
  query: { region?: string; policy: string; months: number },
  now = new Date(),
): Promise<StatsTrend> {
  const db = services.database.db;
  const region = await resolveStatsRegion(services, scope, query.region);
  const [{ pack }] = (await packsFor(services, region, query.policy)) as [Awaited<ReturnType<typeof packsFor>>[number]];
  const since = monthsBefore(now, query.months);
  // the country has no counters of its own: the sum of its provinces
  const codes = region.code === '' ? (await regions.drillChildren(db, '')).map((r) => r.code) : [region.code];
  const measureIds = indicatorMeasures(pack).map((m) => m.id);
  const [runs, counts, tallies] = await Promise.all([
    snapshots.snapshotRunsCovering(db, region.code, since),
    snapshots.snapshotCounts(db, codes, measureIds, since),
    rollups.talliesFor(db, [region.code]),
  ]);
  const qualifying = new Map<string, Map<string, number>>();
  for (const indicator of pack.indicators) {
    if ((indicator.kind !== 'coverage' && indicator.kind !== 'per_region_min') || indicator.subject.source !== 'organizations') continue;
    const levelLength = CODE_LENGTH[indicator.regionLevel]!;
    qualifying.set(
      coverageKey(pack, indicator),
      await snapshots.snapshotQualifying(db, {
        prefix: region.level >= indicator.regionLevel ? region.code.slice(0, levelLength) : region.code,
        measureId: subjectMeasure(pack, indicator.subject).id,
        level: indicator.regionLevel,
        min: indicator.min,
        kind: indicator.kind === 'coverage' ? indicator.communityKind : undefined,
        since,
      }),
    );
  }
  // Attendance is dated: each point counts the person-times attended by the end of its day, whenever they were
  // entered, so training needs no copy in the snapshots.
  const untils = new Map(runs.map(({ takenOn }) => [takenOn, dayAfter(takenOn)]));
  const personTimes = new Map<string, Map<string, number>>();
  for (const indicator of pack.indicators) {
    const subject = trainingSubjectOf(indicator);
    if (!subject) continue;
    const window = { prefix: region.code, since: chinaMidnight(startOf(pack, indicator)), audiences: subject.audiences };
    personTimes.set(personTimesKey(pack, indicator), await personTimesUntil(scope, db, window, untils));
  }
  const points = runs.map(({ takenOn, reconstructed }) => {
    const rows = counts.filter((row) => row.takenOn === takenOn);
    const facts: RegionFacts = {
      count: (measureId, kind) => rows.reduce((sum, r) => (r.measureId === measureId && (!kind || r.kind === kind) ? sum + r.n : sum), 0),
      tally: tallies.get(region.code),
      qualifying: (key) => qualifying.get(key)?.get(takenOn) ?? 0,
      personTimes: (key) => personTimes.get(key)?.get(takenOn) ?? 0,
    };
    const values: Record<string, IndicatorValue> = {};
    for (const indicator of pack.indicators) values[indicator.id] = evaluateIndicator(pack, indicator, facts, takenOn);
    return { takenOn, reconstructed, values };
  });
  return { region: { code: region.code, name: region.name, level: region.level }, policy: pack.id, points };
}
