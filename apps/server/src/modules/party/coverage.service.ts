// 党的组织覆盖: how many of a region's active organizations a party organization covers, with party members among
// their leaders and members, in total and per child region. No seed sets a number to reach, so this is a figure
// without a target (docs/decisions/0018-training-and-party-building.md).
import type { CoverageFigures, PartyCoverage } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as regions from '../regions/regions.repository.js';
import { resolveStatsRegion } from '../stats/stats-region.js';
import { organizationCoverage, partyOrganizationCounts, type CoverageGroupRow } from './coverage.repository.js';

const CODE_LENGTH = [0, 2, 4, 6, 9, 12];

type Tally = Omit<CoverageGroupRow, 'group'> & { partyOrganizations: number };
const zero = (): Tally => ({ organizations: 0, covered: 0, withPartyLeader: 0, partyMembers: 0, partyOrganizations: 0 });

function addTo(tally: Tally, row: Partial<Tally>) {
  for (const key of Object.keys(tally) as (keyof Tally)[]) tally[key] += row[key] ?? 0;
}

const figures = (tally: Tally): CoverageFigures => ({
  ...tally,
  share: tally.organizations > 0 ? tally.covered / tally.organizations : null,
});

export async function partyCoverage(services: Services, scope: Scope, query: { region?: string }): Promise<PartyCoverage> {
  const { db } = services.database;
  const region = await resolveStatsRegion(services, scope, query.region);
  const children = region.level >= 5 ? [] : await regions.drillChildren(db, region.code);
  const groupLength = children.length > 0 ? CODE_LENGTH[children[0]!.level]! : region.code.length;
  const [organizationRows, partyRows] = await Promise.all([
    organizationCoverage(db, region.code, groupLength),
    partyOrganizationCounts(db, region.code, groupLength),
  ]);
  const total = zero();
  const own = zero();
  const byChild = new Map(children.map((child) => [child.code, zero()]));
  for (const { group, ...row } of organizationRows) {
    addTo(total, row);
    addTo(byChild.get(group) ?? own, row);
  }
  for (const { group, n } of partyRows) {
    addTo(total, { partyOrganizations: n });
    addTo(byChild.get(group) ?? own, { partyOrganizations: n });
  }
  return {
    region: { code: region.code, name: region.name, level: region.level },
    ...figures(total),
    own: figures(own),
    childLevel: children[0]?.level ?? null,
    children: children.map((child) => ({ ...child, ...figures(byChild.get(child.code)!) })),
  };
}
