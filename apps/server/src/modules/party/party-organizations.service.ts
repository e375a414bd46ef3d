// Party organizations (mca-2017 四（一）): an organization's own branch (单独组建) covers exactly it; a joint branch
// (联合组建) covers one or more. An active party organization always covers at least one organization; each
// organization is covered by at most one, set up in its region or above it.
import type { createPartyOrganizationBody, updatePartyOrganizationBody } from '@linli/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import * as parties from './party-organizations.repository.js';
import type { PartyOrganizationRecord } from './party-organizations.repository.js';
import * as profiles from './party-profiles.repository.js';
import { mayManageParty, type Viewer } from './party.policy.js';

const invalid = (errors: FieldError[]) => new AppError('validation_failed', {}, errors);

export async function getPartyOrganization(services: Services, viewer: Viewer, id: string): Promise<PartyOrganizationRecord> {
  const found = await parties.findPartyOrganization(viewer.scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function partyOrganizationDetail(services: Services, viewer: Viewer, id: string) {
  const found = await getPartyOrganization(services, viewer, id);
  return { found, covered: await parties.coveredOrganizations(services.database.db, id) };
}

/**
 * Every organization named must be one the office may see and lie in the party organization's region; none may be
 * covered by another party organization already (that is changed on the organization's own profile, deliberately).
 */
async function checkCoverable(tx: Db, viewer: Viewer, party: { id?: string; regionCode: string }, ids: string[]) {
  await profiles.lockOrganizations(tx, ids);
  const found = new Map((await profiles.organizationsInScope(viewer.scope, tx, ids)).map((o) => [o.id, o]));
  const coverage = await profiles.currentCoverage(tx, ids);
  const problems: FieldError[] = [];
  ids.forEach((id, i) => {
    const path = `organizationIds.${i}`;
    const organization = found.get(id);
    const coveredBy = coverage.get(id);
    if (!organization) problems.push({ path, message: 'covered_organization_unknown' });
    else if (!organization.regionCode.startsWith(party.regionCode)) problems.push({ path, message: 'organization_outside_party_region' });
    else if (coveredBy && coveredBy !== party.id) problems.push({ path, message: 'already_covered' });
  });
  if (problems.length > 0) throw invalid(problems);
}

export async function createPartyOrganization(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  body: z.output<typeof createPartyOrganizationBody>,
): Promise<PartyOrganizationRecord> {
  const region = await requireRegionInScope(services, viewer.scope, body.regionCode, 'regionCode', [2, 3, 4, 5]);
  const { organizationIds, ...fields } = body;
  const created = await services.database.transaction(async (tx) => {
    await checkCoverable(tx, viewer, { regionCode: region.code }, organizationIds);
    const row = await parties.insertPartyOrganization(tx, {
      ...fields,
      regionCode: region.code,
      establishedOn: fields.establishedOn ?? null,
      createdBy: viewer.id,
    });
    await profiles.cover(tx, organizationIds, row.id, viewer.id);
    await recordAudit(tx, actor, {
      action: 'party_organization.created',
      targetType: 'party_organization',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { name: row.name, kind: row.kind, regionCode: row.regionCode, memberCount: row.memberCount, organizationIds },
    });
    return row;
  });
  return getPartyOrganization(services, viewer, created.id);
}

export async function updatePartyOrganization(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  id: string,
  body: z.output<typeof updatePartyOrganizationBody>,
): Promise<PartyOrganizationRecord> {
  await getPartyOrganization(services, viewer, id);
  if (!mayManageParty(viewer)) throw new AppError('forbidden');
  const { version, organizationIds, ...fields } = body;
  await services.database.transaction(async (tx) => {
    const row = await parties.lockPartyOrganization(tx, id);
    if (!row) throw new AppError('not_found');
    if (row.version !== version) throw new AppError('version_conflict');
    // dissolving is final: a dissolved party organization is history, not a draft
    if (row.status === 'dissolved' && (fields.status === 'active' || organizationIds)) throw new AppError('party_organization_dissolved');
    const current = await profiles.coveredIds(tx, id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
      if (value === undefined || value === row[field]) continue;
      before[field] = row[field];
      after[field] = value;
    }
    if (organizationIds && !sameSet(organizationIds, current)) {
      if (row.kind === 'own_branch' && organizationIds.length !== 1)
        throw invalid([{ path: 'organizationIds', message: 'own_branch_covers_one' }]);
      await checkCoverable(tx, viewer, row, organizationIds);
      await profiles.uncover(
        tx,
        id,
        viewer.id,
        current.filter((c) => !organizationIds.includes(c)),
      );
      await profiles.cover(tx, organizationIds, id, viewer.id);
      before.organizationIds = current;
      after.organizationIds = organizationIds;
    }
    if (after.status === 'dissolved') {
      await profiles.uncover(tx, id, viewer.id);
      before.organizationIds = current;
      after.organizationIds = [];
    }
    if (Object.keys(after).length === 0) return;
    await parties.updatePartyOrganization(tx, id, fields);
    await recordAudit(tx, actor, {
      action: 'party_organization.updated',
      targetType: 'party_organization',
      targetId: id,
      regionCode: row.regionCode,
      before,
      after,
    });
  });
  return getPartyOrganization(services, viewer, id);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

export async function listPartyOrganizations(
  services: Services,
  viewer: Viewer,
  query: parties.PartyOrganizationFilter & { page: number; pageSize: number },
) {
  const { page, pageSize, ...filter } = query;
  return parties.listPartyOrganizations(viewer.scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}
