// "三会一课" records (mca-2017 四（一）: 严格落实“三会一课”等制度): member assemblies, committee meetings, group
// meetings and party lectures of a party organization, entered after they are held.
import type { createPartyMeetingBody } from '@linli/shared';
import type { z } from 'zod';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import * as meetings from './party-meetings.repository.js';
import type { MeetingFilter, MeetingRecord } from './party-meetings.repository.js';
import { getPartyOrganization } from './party-organizations.service.js';
import { mayManageParty, type Viewer } from './party.policy.js';

export async function recordMeeting(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  partyOrganizationId: string,
  body: z.output<typeof createPartyMeetingBody>,
): Promise<MeetingRecord> {
  const party = await getPartyOrganization(services, viewer, partyOrganizationId);
  if (!mayManageParty(viewer)) throw new AppError('forbidden');
  if (party.status !== 'active') throw new AppError('party_organization_dissolved');
  const id = await services.database.transaction(async (tx) => {
    const row = await meetings.insertMeeting(tx, { ...body, partyOrganizationId, regionCode: party.regionCode, recordedBy: viewer.id });
    await recordAudit(tx, actor, {
      action: 'party_meeting.recorded',
      targetType: 'party_organization',
      targetId: partyOrganizationId,
      regionCode: party.regionCode,
      after: { meetingId: row.id, kind: row.kind, heldOn: row.heldOn, topic: row.topic, attendees: row.attendees },
    });
    return row.id;
  });
  return (await meetings.findMeeting(viewer.scope, services.database.db, id))!;
}

export async function listMeetings(services: Services, viewer: Viewer, query: MeetingFilter & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  return meetings.listMeetings(viewer.scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}
