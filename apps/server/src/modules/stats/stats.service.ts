// The targets dashboard: every indicator of the adopted packs for a region and each of its child regions,
// read from the roll-ups (a handful of indexed lookups whatever the region's size).
import type { ChildRegionRow, IndicatorValue, PackResult, RegionRef, StatsIndicators } from '@linli/shared';
import type { Db } from '../../db/database.js';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as regions from '../regions/regions.repository.js';
import { personTimesByGroup } from '../training/attendance.repository.js';
import { chinaMidnight } from '../training/training.repository.js';
import { coverageKey, evaluateIndicator, personTimesKey, startOf, trainingSubjectOf, type RegionFacts } from './indicator-engine.js';
import { presentIndicator } from './indicator.presenter.js';
import { indicatorMeasures, subjectMeasure } from './measures.js';
import * as rollups from './rollups.repository.js';
import { packsFor, resolveStatsRegion, type AdoptedPack, type StatsRegion } from './stats-region.js';

const CODE_LENGTH = [0, 2, 4, 6, 9, 12];

export const todayIn = (now: Date) => now.toISOString().slice(0, 10);

/** Counts and tallies of one region and its children, indexed for the formulas. */
interface Facts {
  region: RegionFacts;
  children: Map<string, RegionFacts>;
}

/** Numerators counted per indicator (coverage, person-times): indicator key → region code → number. */
type KeyedCounts = Map<string, Map<string, number>>;
type Keyed = { qualifying: KeyedCounts; personTimes: KeyedCounts };

function factsOf(
  counts: rollups.CountRow[],
  tallies: Map<string, rollups.Tally>,
  keyed: Keyed,
  code: string,
  sumOf?: string[],
): RegionFacts {
  const codes = new Set(sumOf ?? [code]);
  const rows = counts.filter((row) => codes.has(row.regionCode));
  return {
    count: (measureId, kind) => rows.reduce((sum, r) => (r.measureId === measureId && (!kind || r.kind === kind) ? sum + r.n : sum), 0),
    tally: tallies.get(code),
    qualifying: (key) => keyed.qualifying.get(key)?.get(code) ?? 0,
    personTimes: (key) => keyed.personTimes.get(key)?.get(code) ?? 0,
  };
}

interface Evaluated {
  scope: Scope;
  adopted: AdoptedPack[];
  region: StatsRegion;
  children: RegionRef[];
  now: Date;
}

/**
 * Training person-times of the count indicators on training_attendance (suzhou-2021 二（二）1), grouped by child
 * region: attendance in the region's subtree from the indicator's start until now, of the audiences it names. A
 * region's own courses count for it but for none of its children.
 */
async function personTimesCounts(db: Db, { scope, adopted, region, children, now }: Evaluated): Promise<KeyedCounts> {
  const result: KeyedCounts = new Map();
  const groupLength = children.length > 0 ? CODE_LENGTH[children[0]!.level]! : region.code.length;
  for (const { pack } of adopted)
    for (const indicator of pack.indicators) {
      const subject = trainingSubjectOf(indicator);
      if (!subject) continue;
      const since = chinaMidnight(startOf(pack, indicator));
      const window = { prefix: region.code, groupLength, since, until: now, audiences: subject.audiences };
      const rows = await personTimesByGroup(scope, db, window);
      const sum = (group?: string) => rows.reduce((total, r) => (group === undefined || r.group === group ? total + r.n : total), 0);
      const perCode = new Map([[region.code, sum()]]);
      for (const child of children) perCode.set(child.code, sum(child.code));
      result.set(personTimesKey(pack, indicator), perCode);
    }
  return result;
}

/**
 * Coverage-type numerators (regions at a level holding at least `min`), grouped by child region. A child at or
 * below the indicator's level reads the region containing it; the region itself sums its children.
 */
async function qualifyingCounts(db: Db, adopted: AdoptedPack[], region: StatsRegion, children: RegionRef[]) {
  const result = new Map<string, Map<string, number>>();
  const childLevel = children[0]?.level ?? null;
  for (const { pack } of adopted)
    for (const indicator of pack.indicators) {
      if (indicator.kind !== 'coverage' && indicator.kind !== 'per_region_min') continue;
      if (indicator.subject.source !== 'organizations') continue;
      const levelLength = CODE_LENGTH[indicator.regionLevel]!;
      const anchor = region.level >= indicator.regionLevel ? region.code.slice(0, levelLength) : region.code;
      const groupLength = Math.min(childLevel === null ? levelLength : CODE_LENGTH[childLevel]!, levelLength);
      const byGroup = await rollups.qualifyingRegions(db, {
        prefix: anchor,
        childLength: groupLength,
        measureId: subjectMeasure(pack, indicator.subject).id,
        level: indicator.regionLevel,
        min: indicator.min,
        kind: indicator.kind === 'coverage' ? indicator.communityKind : undefined,
      });
      const perCode = new Map<string, number>();
      perCode.set(
        region.code,
        [...byGroup.values()].reduce((a, b) => a + b, 0),
      );
      for (const child of children) perCode.set(child.code, byGroup.get(child.code.slice(0, groupLength)) ?? 0);
      result.set(coverageKey(pack, indicator), perCode);
    }
  return result;
}

async function gatherFacts(db: Db, evaluated: Evaluated): Promise<Facts> {
  const { adopted, region, children } = evaluated;
  const measureIds = [...new Set(adopted.flatMap(({ pack }) => indicatorMeasures(pack).map((m) => m.id)))];
  const childCodes = children.map((c) => c.code);
  // the country has no counter rows of its own: it is the sum of its provinces
  const countCodes = region.code === '' ? childCodes : [region.code, ...childCodes];
  const [counts, tallies, qualifying, personTimes] = await Promise.all([
    rollups.countsFor(db, countCodes, measureIds),
    rollups.talliesFor(db, [region.code, ...childCodes]),
    qualifyingCounts(db, adopted, region, children),
    personTimesCounts(db, evaluated),
  ]);
  const keyed = { qualifying, personTimes };
  return {
    region: factsOf(counts, tallies, keyed, region.code, region.code === '' ? childCodes : undefined),
    children: new Map(children.map((c) => [c.code, factsOf(counts, tallies, keyed, c.code)])),
  };
}

const BEHIND = new Set(['behind', 'overdue']);

function packResult({ pack, boundAt }: AdoptedPack, facts: Facts, children: RegionRef[], today: string): PackResult {
  const childRows: ChildRegionRow[] = children.map((child) => {
    const childFacts = facts.children.get(child.code)!;
    const values: Record<string, IndicatorValue> = {};
    for (const indicator of pack.indicators) values[indicator.id] = evaluateIndicator(pack, indicator, childFacts, today);
    const behind = Object.values(values).filter((v) => BEHIND.has(v.status)).length;
    return { ...child, values, behind };
  });
  childRows.sort((a, b) => b.behind - a.behind || a.code.localeCompare(b.code));
  return {
    id: pack.id,
    title: pack.title,
    documentNumber: pack.documentNumber,
    issuer: pack.issuer,
    boundAt,
    indicators: pack.indicators.map((indicator) =>
      presentIndicator(pack, indicator, evaluateIndicator(pack, indicator, facts.region, today)),
    ),
    children: childRows,
  };
}

export async function evaluateRegion(
  services: Services,
  scope: Scope,
  query: { region?: string; policy?: string },
  now = new Date(),
): Promise<StatsIndicators> {
  const db = services.database.db;
  const region = await resolveStatsRegion(services, scope, query.region);
  const adopted = await packsFor(services, region, query.policy);
  const children = region.level >= 5 ? [] : await regions.drillChildren(db, region.code);
  const facts = await gatherFacts(db, { scope, adopted, region, children, now });
  const today = todayIn(now);
  return {
    region,
    childLevel: children[0]?.level ?? null,
    evaluatedAt: now.toISOString(),
    packs: adopted.map((a) => packResult(a, facts, children, today)),
  };
}
