// Person-times (人次) of a region and period, in total, per audience and per child region (suzhou-2021 二（二）1).
// Attendance belongs to the region of the course that gave it: a district's own courses count at the district
// (`own`), in none of its streets.
import { trainingAudiences, type PersonTimes, type PersonTimesFigures, type TrainingAudience } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as regions from '../regions/regions.repository.js';
import { resolveStatsRegion } from '../stats/stats-region.js';
import { personTimesByGroup } from './attendance.repository.js';
import { chinaMidnight, dayAfter } from './training.repository.js';

const CODE_LENGTH = [0, 2, 4, 6, 9, 12];

function emptyFigures(): PersonTimesFigures {
  return { total: 0, byAudience: Object.fromEntries(trainingAudiences.map((a) => [a, 0])) as Record<TrainingAudience, number> };
}

function add(figures: PersonTimesFigures, audience: TrainingAudience, n: number) {
  figures.total += n;
  figures.byAudience[audience] += n;
}

export async function personTimes(
  services: Services,
  scope: Scope,
  query: { region?: string; from?: string; to?: string },
): Promise<PersonTimes> {
  const { db } = services.database;
  const region = await resolveStatsRegion(services, scope, query.region);
  const children = region.level >= 5 ? [] : await regions.drillChildren(db, region.code);
  const groupLength = children.length > 0 ? CODE_LENGTH[children[0]!.level]! : region.code.length;
  const rows = await personTimesByGroup(scope, db, {
    prefix: region.code,
    groupLength,
    since: query.from ? chinaMidnight(query.from) : undefined,
    until: query.to ? dayAfter(query.to) : undefined,
  });
  const total = emptyFigures();
  const own = emptyFigures();
  const byChild = new Map(children.map((child) => [child.code, emptyFigures()]));
  for (const row of rows) {
    add(total, row.audience, row.n);
    add(byChild.get(row.group) ?? own, row.audience, row.n);
  }
  return {
    region: { code: region.code, name: region.name, level: region.level },
    from: query.from ?? null,
    to: query.to ?? null,
    ...total,
    own,
    childLevel: children[0]?.level ?? null,
    children: children.map((child) => ({ ...child, ...byChild.get(child.code)! })),
  };
}
