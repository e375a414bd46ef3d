// Rows → API shapes: region names and paths, and what the viewer may do next.
import type { PartyMeeting, PartyOrganization, PartyOrganizationDetail, PartyProfile } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { regionNames } from '../regions/regions.repository.js';
import type { MeetingRecord } from './party-meetings.repository.js';
import type { PartyOrganizationRecord, coveredOrganizations } from './party-organizations.repository.js';
import type { findProfile } from './party-profiles.repository.js';
import { mayManageParty, profileAbilities, type Viewer } from './party.policy.js';

/** County down to the record's own region (黄浦区 / 南京东路街道); a city-wide record reads as its city. */
const pathOf = (code: string, names: Map<string, string>) => regionPathOf(code, names) || (names.get(code) ?? code);

const namesFor = (db: Db, codes: string[]) => regionNames(db, codes);

function presentOne(row: PartyOrganizationRecord, names: Map<string, string>, viewer: Viewer): PartyOrganization {
  const manage = mayManageParty(viewer);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    regionName: names.get(row.regionCode) ?? row.regionCode,
    regionPath: pathOf(row.regionCode, names),
    establishedOn: row.establishedOn,
    secretaryName: row.secretaryName,
    memberCount: row.memberCount,
    status: row.status,
    version: row.version,
    coveredCount: row.coveredCount,
    lastMeetingOn: row.lastMeetingOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: { update: manage, recordMeeting: manage && row.status === 'active' },
  };
}

export async function presentPartyOrganizations(db: Db, viewer: Viewer, rows: PartyOrganizationRecord[]): Promise<PartyOrganization[]> {
  const names = await namesFor(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => presentOne(row, names, viewer));
}

export async function presentPartyOrganizationDetail(
  db: Db,
  viewer: Viewer,
  row: PartyOrganizationRecord,
  covered: Awaited<ReturnType<typeof coveredOrganizations>>,
): Promise<PartyOrganizationDetail> {
  const names = await namesFor(db, [row.regionCode, ...covered.map((o) => o.regionCode)]);
  return {
    ...presentOne(row, names, viewer),
    organizations: covered.map((o) => ({ ...o, regionName: pathOf(o.regionCode, names) })),
  };
}

export async function presentMeetings(db: Db, rows: MeetingRecord[]): Promise<PartyMeeting[]> {
  const names = await namesFor(
    db,
    rows.map((r) => r.regionCode),
  );
  return rows.map((row) => ({
    id: row.id,
    partyOrganizationId: row.partyOrganizationId,
    partyOrganizationName: row.partyOrganizationName,
    regionCode: row.regionCode,
    regionName: pathOf(row.regionCode, names),
    kind: row.kind,
    heldOn: row.heldOn,
    topic: row.topic,
    attendees: row.attendees,
    notes: row.notes,
    recordedByName: row.recordedByName,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** An organization without a saved profile reads as covered by none, no party members. */
export function presentProfile(viewer: Viewer, organizationId: string, found: Awaited<ReturnType<typeof findProfile>>): PartyProfile {
  return {
    organizationId,
    partyOrganization: found?.partyOrganization ?? null,
    leaderIsPartyMember: found?.profile.leaderIsPartyMember ?? false,
    partyMemberCount: found?.profile.partyMemberCount ?? 0,
    updatedAt: found?.profile.updatedAt.toISOString() ?? null,
    abilities: profileAbilities(viewer),
  };
}
