// Party coverage of a region, grouped by child region: active organizations, how many a party organization
// covers, leaders who are party members, party members, and active party organizations. Counted live: the
// figures are a few aggregates over a district's organizations (a roll-up would be the next step at city scale).
import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizationPartyProfiles, organizations, partyOrganizations } from '../../db/schema.js';
import { regionUnder } from '../../platform/scope.js';

export interface CoverageGroupRow {
  group: string;
  organizations: number;
  covered: number;
  withPartyLeader: number;
  partyMembers: number;
}

/** Callers resolve `prefix` against the actor's scope first (coverage.service.ts). */
export async function organizationCoverage(db: Db, prefix: string, groupLength: number): Promise<CoverageGroupRow[]> {
  // a literal, not a parameter: SELECT and GROUP BY must hold the same expression
  const group = sql<string>`left(${organizations.regionCode}, ${sql.raw(String(Math.trunc(groupLength)))})`;
  const rows = await db
    .select({
      group,
      organizations: count(),
      covered: sql<number>`count(${organizationPartyProfiles.partyOrganizationId})::int`,
      withPartyLeader: sql<number>`count(*) FILTER (WHERE ${organizationPartyProfiles.leaderIsPartyMember})::int`,
      partyMembers: sql<number>`coalesce(sum(${organizationPartyProfiles.partyMemberCount}), 0)::int`,
    })
    .from(organizations)
    .leftJoin(organizationPartyProfiles, sql`${organizationPartyProfiles.organizationId} = ${organizations.id}`)
    .where(sql`${organizations.status} = 'active' AND ${regionUnder(organizations.regionCode, prefix || null)}`)
    .groupBy(group);
  return rows.map((r) => ({
    group: r.group,
    organizations: Number(r.organizations),
    covered: Number(r.covered),
    withPartyLeader: Number(r.withPartyLeader),
    partyMembers: Number(r.partyMembers),
  }));
}

export async function partyOrganizationCounts(db: Db, prefix: string, groupLength: number): Promise<{ group: string; n: number }[]> {
  // a literal, not a parameter: SELECT and GROUP BY must hold the same expression
  const group = sql<string>`left(${partyOrganizations.regionCode}, ${sql.raw(String(Math.trunc(groupLength)))})`;
  const rows = await db
    .select({ group, n: count() })
    .from(partyOrganizations)
    .where(sql`${partyOrganizations.status} = 'active' AND ${regionUnder(partyOrganizations.regionCode, prefix || null)}`)
    .groupBy(group);
  return rows.map((r) => ({ group: r.group, n: Number(r.n) }));
}
