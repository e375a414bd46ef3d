// Demo party building (党建): in each of 黄浦区's first streets a joint branch (联合组建) over some of its
// communities' organizations — in the focus street including the demo leader's team — and an own branch (单独组建)
// for the street's hub; party members in the covered organizations; "三会一课" records over the past months.
// Deterministic: the same organizations give the same branches, figures and meetings.
import type { PartyMeetingKind } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { recordAuditBatch, type AuditEntry } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { insertMeeting } from '../party/party-meetings.repository.js';
import { insertPartyOrganization } from '../party/party-organizations.repository.js';
import { saveProfile } from '../party/party-profiles.repository.js';
import { activeOrganizationsUnder } from '../training/training.repository.js';
import { DEMO_DISTRICT, DEMO_STREET } from './accounts.js';
import { seedActor, type DemoUsers } from './demo-accounts.service.js';
import * as repository from './demo.repository.js';
import { personName } from './people.js';
import { seededRandom, type Random } from './random.js';

const SEED = 20260701;
const STREETS = 3;

type Organization = Awaited<ReturnType<typeof activeOrganizationsUnder>>[number];

const topics: Record<PartyMeetingKind, string[]> = {
  member_assembly: ['学习贯彻党的二十届三中全会精神', '民主评议党员', '讨论接收预备党员'],
  committee_meeting: ['研究季度工作计划', '研究社区社会组织参与“邻里守望”活动安排', '讨论发展党员工作'],
  group_meeting: ['交流志愿服务心得', '学习《中国共产党章程》', '讨论楼组议事会议题'],
  party_lecture: ['党课：社区社会组织中的党员先锋作用', '党课：传承红色基因，服务邻里', '党课：基层治理中的群众路线'],
};

/** Meetings of one party organization over the past `months` months, held on China dates before `now`. */
function meetingsOf(random: Random, now: Date, months: number, members: number) {
  const kinds: PartyMeetingKind[] = ['committee_meeting', 'group_meeting', 'member_assembly', 'party_lecture'];
  return Array.from({ length: months }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const heldOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + i, random.int(3, 25))).toISOString().slice(0, 10);
    return { kind, heldOn, topic: random.pick(topics[kind]), attendees: random.int(Math.max(1, members - 3), members) };
  });
}

async function writeBranch(
  tx: Db,
  random: Random,
  now: Date,
  branch: { name: string; kind: 'own_branch' | 'joint_branch'; regionCode: string; covered: Organization[]; createdBy: string | null },
): Promise<AuditEntry[]> {
  const profiles = branch.covered.map((o) => ({
    organization: o,
    members: random.int(1, Math.max(1, Math.min(6, o.memberCount))),
    leader: random.chance(0.5),
  }));
  const memberCount = Math.max(
    3,
    profiles.reduce((sum, p) => sum + p.members, 0),
  );
  const party = await insertPartyOrganization(tx, {
    name: branch.name,
    kind: branch.kind,
    regionCode: branch.regionCode,
    establishedOn: `${now.getUTCFullYear() - random.int(2, 6)}-07-01`,
    secretaryName: personName(random),
    memberCount,
    createdBy: branch.createdBy,
  });
  for (const p of profiles)
    await saveProfile(tx, {
      organizationId: p.organization.id,
      partyOrganizationId: party.id,
      leaderIsPartyMember: p.leader,
      partyMemberCount: p.members,
      updatedBy: branch.createdBy,
    });
  const events: AuditEntry[] = [
    {
      action: 'party_organization.created',
      targetType: 'party_organization',
      targetId: party.id,
      regionCode: party.regionCode,
      after: { name: party.name, kind: party.kind },
    },
  ];
  for (const meeting of meetingsOf(random, now, 6, memberCount)) {
    const row = await insertMeeting(tx, {
      ...meeting,
      notes: '',
      partyOrganizationId: party.id,
      regionCode: party.regionCode,
      recordedBy: branch.createdBy,
    });
    events.push({
      action: 'party_meeting.recorded',
      targetType: 'party_organization',
      targetId: party.id,
      regionCode: party.regionCode,
      after: { meetingId: row.id },
    });
  }
  return events;
}

export async function createDemoParty(services: Services, users: DemoUsers, now = new Date()): Promise<number> {
  const random = seededRandom(SEED);
  const { db } = services.database;
  const organizations = await activeOrganizationsUnder(db, DEMO_DISTRICT);
  const streets = [...new Set(organizations.map((o) => o.regionCode.slice(0, 9)))].sort();
  const ordered = [DEMO_STREET, ...streets.filter((s) => s !== DEMO_STREET)].slice(0, STREETS);
  const leader = users['demo-leader']?.id;
  const createdBy = users['demo-street']?.id ?? null;
  let count = 0;
  await services.database.transaction(async (tx) => {
    const events: AuditEntry[] = [];
    for (const street of ordered) {
      const region = await repository.regionByCode(tx, street);
      const inStreet = organizations.filter((o) => o.regionCode.startsWith(street));
      const hub = inStreet.find((o) => o.hubKind !== 'none' && o.regionCode === street);
      const teams = inStreet.filter((o) => o.hubKind === 'none' && o.regionCode.length === 12);
      const led = teams.filter((o) => o.leaderUserId === leader);
      const covered = [
        ...led,
        ...random.sample(
          teams.filter((o) => !led.includes(o)),
          Math.max(2, Math.floor(teams.length / 5)) - led.length,
        ),
      ];
      events.push(
        ...(await writeBranch(tx, random, now, {
          name: `${region?.name ?? street}社区社会组织联合党支部`,
          kind: 'joint_branch',
          regionCode: street,
          covered,
          createdBy,
        })),
      );
      count++;
      if (hub) {
        events.push(
          ...(await writeBranch(tx, random, now, {
            name: `${hub.name}党支部`,
            kind: 'own_branch',
            regionCode: street,
            covered: [hub],
            createdBy,
          })),
        );
        count++;
      }
    }
    await recordAuditBatch(tx, seedActor, events);
  });
  return count;
}
