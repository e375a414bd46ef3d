// An organization's party profile (党建信息): which party organization covers it, whether its leader is a party
// member, how many party members it has. Offices keep all of it; the organization's leader keeps the member figures.
import type { updatePartyProfileBody } from '@linli/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findOrganization } from '../organizations/organizations.repository.js';
import * as parties from './party-organizations.repository.js';
import * as profiles from './party-profiles.repository.js';
import { mayManageParty, type Viewer } from './party.policy.js';

const fieldError = (path: string, message: string) => new AppError('validation_failed', {}, [{ path, message }]);

async function visibleOrganization(services: Services, viewer: Viewer, id: string) {
  const organization = await findOrganization(viewer.scope, services.database.db, id);
  if (!organization) throw new AppError('not_found');
  return organization;
}

export async function getProfile(services: Services, viewer: Viewer, organizationId: string) {
  await visibleOrganization(services, viewer, organizationId);
  return profiles.findProfile(services.database.db, organizationId);
}

/**
 * Moves the organization from one party organization to another (or to none): the new one must be active, visible to
 * the office and set up in the organization's region or above; an own branch takes one organization; no party
 * organization may be left covering none. Both are locked, in id order.
 */
async function moveCoverage(
  tx: Db,
  viewer: Viewer,
  organization: { id: string; regionCode: string },
  from: string | null,
  to: string | null,
) {
  const locked = new Map<string, parties.PartyOrganizationRow>();
  for (const id of [from, to].filter((v): v is string => v !== null).sort()) {
    const row = await parties.lockPartyOrganization(tx, id);
    if (row) locked.set(id, row);
  }
  if (to !== null) {
    const target = locked.get(to);
    const visible = target && (await parties.findPartyOrganization(viewer.scope, tx, to));
    if (!target || !visible || target.status !== 'active') throw fieldError('partyOrganizationId', 'party_organization_unavailable');
    if (!organization.regionCode.startsWith(target.regionCode))
      throw fieldError('partyOrganizationId', 'organization_outside_party_region');
    if (target.kind === 'own_branch' && (await profiles.coveredIds(tx, to)).length > 0)
      throw fieldError('partyOrganizationId', 'own_branch_covers_one');
  }
  if (from !== null) {
    // taking it out of a party organization above the office's region is that region's decision
    if (!(await parties.findPartyOrganization(viewer.scope, tx, from))) throw new AppError('forbidden');
    if ((await profiles.coveredIds(tx, from)).length <= 1) throw fieldError('partyOrganizationId', 'last_covered_organization');
  }
}

export async function updateProfile(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  organizationId: string,
  body: z.output<typeof updatePartyProfileBody>,
) {
  const organization = await visibleOrganization(services, viewer, organizationId);
  if (body.partyMemberCount > organization.memberCount) throw fieldError('partyMemberCount', 'party_members_exceed_members');
  await services.database.transaction(async (tx) => {
    await profiles.lockOrganizations(tx, [organizationId]);
    const current = await profiles.lockProfile(tx, organizationId);
    const from = current?.partyOrganizationId ?? null;
    const to = body.partyOrganizationId === undefined ? from : body.partyOrganizationId;
    if (to !== from) {
      // which party organization covers it is the offices' decision, not the organization's
      if (!mayManageParty(viewer)) throw new AppError('forbidden');
      await moveCoverage(tx, viewer, organization, from, to);
    }
    const before = {
      partyOrganizationId: from,
      leaderIsPartyMember: current?.leaderIsPartyMember ?? false,
      partyMemberCount: current?.partyMemberCount ?? 0,
    };
    const after = { partyOrganizationId: to, leaderIsPartyMember: body.leaderIsPartyMember, partyMemberCount: body.partyMemberCount };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await profiles.saveProfile(tx, { organizationId, ...after, updatedBy: viewer.id });
    await recordAudit(tx, actor, {
      action: 'party_profile.updated',
      targetType: 'organization',
      targetId: organizationId,
      regionCode: organization.regionCode,
      before,
      after,
    });
  });
  return profiles.findProfile(services.database.db, organizationId);
}
