import { checkKeys, type organizationFields, type OrganizationStatus, type Tier } from '@linli/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { regionNames } from '../regions/regions.repository.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { assertTierAllowed, mayReadHistory, type Viewer } from './organizations.policy.js';
import * as repository from './organizations.repository.js';
import type { OrganizationFilter, OrganizationRecord, OrganizationRow, OrganizationSort } from './organizations.repository.js';
import {
  columnValues,
  creationChanges,
  diff,
  maskedChanges,
  maskedSnapshot,
  plainSnapshot,
  type Snapshot,
} from './organizations.snapshot.js';

export type OrganizationInput = z.output<typeof organizationFields>;
export type OrganizationChanges = Partial<OrganizationInput> & { status?: OrganizationStatus; filingNumber?: string };
type OrganizationSummary = { id: string; regionCode: string; name: string };

const summaryOf = (row: OrganizationRow): OrganizationSummary => ({ id: row.id, regionCode: row.regionCode, name: row.name });

const duplicateCreditCode = () => new AppError('duplicate_credit_code', {}, [{ path: 'creditCode', message: 'duplicate_credit_code' }]);

/** A race past the look-up still meets the unique index: answer it the same way. */
async function guardCreditCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
    if (cause instanceof DatabaseError && cause.code === '23505' && cause.constraint === 'organizations_credit_code_idx')
      throw duplicateCreditCode();
    throw error;
  }
}

/** Optional inputs left out mean "none" for a new organization; a blank contact name is none too. */
function normalized<T extends Partial<OrganizationInput>>(input: T): T {
  return input.contactName === '' ? { ...input, contactName: null } : input;
}

/**
 * Writes a new organization, its history entry (`action`, e.g. 'create' or 'filed') and an
 * 'organization.created' audit event inside the caller's transaction. The caller has checked region and
 * tier; the credit code is checked here.
 */
export async function insertOrganizationInTx(
  tx: Db,
  services: Services,
  actor: AuditActor,
  input: OrganizationInput & { filingNumber?: string | null; leaderUserId?: string | null },
  action: string,
): Promise<OrganizationSummary> {
  const { filingNumber = null, leaderUserId = null, ...fields } = normalized(input);
  if (fields.creditCode && (await repository.creditCodeTaken(tx, fields.creditCode))) throw duplicateCreditCode();
  const values = {
    legalForm: null,
    creditCode: null,
    leaderPhone: null,
    leaderIdNumber: null,
    contactName: null,
    contactPhone: null,
    foundedOn: null,
    ...fields,
  };
  const row = await guardCreditCode(() =>
    repository.insertOrganization(tx, {
      ...(columnValues(services.cipher, values) as repository.OrganizationValues),
      filingNumber,
      leaderUserId,
      createdBy: actor.id,
    }),
  );
  const leaderUsername = leaderUserId ? await repository.usernameOf(tx, leaderUserId) : null;
  const snapshot: Snapshot = { ...plainSnapshot(row, services.cipher), leaderUsername };
  await repository.insertChange(tx, { organizationId: row.id, actorId: actor.id, action, changes: creationChanges(snapshot) });
  await recordAudit(tx, actor, {
    action: 'organization.created',
    targetType: 'organization',
    targetId: row.id,
    regionCode: row.regionCode,
    after: maskedSnapshot(snapshot),
  });
  return summaryOf(row);
}

/**
 * Applies the changed fields of `changes` to the organization (locked first), bumps its version and writes
 * the history entry (`action`, e.g. 'change_filed', 'cancelled') and an 'organization.updated' audit event.
 */
export async function changeOrganizationInTx(
  tx: Db,
  services: Services,
  actor: AuditActor,
  organizationId: string,
  changes: Partial<OrganizationInput> & { status?: OrganizationStatus; filingNumber?: string },
  action: string,
): Promise<OrganizationSummary> {
  const row = await repository.lockOrganization(tx, organizationId);
  if (!row) throw new AppError('not_found');
  return summaryOf(await applyChanges(tx, services, actor, row, changes, action));
}

async function applyChanges(
  tx: Db,
  services: Services,
  actor: AuditActor,
  row: OrganizationRow,
  changes: OrganizationChanges,
  action: string,
): Promise<OrganizationRow> {
  const changed = diff(plainSnapshot(row, services.cipher), normalized(changes));
  if (Object.keys(changed).length === 0) return row;
  const tier = (changed.tier?.to ?? row.tier) as Tier;
  const legalForm = changed.legalForm ? changed.legalForm.to : row.legalForm;
  if (tier !== 'registered' && legalForm)
    throw new AppError('validation_failed', {}, [{ path: 'legalForm', message: checkKeys.legalFormTier }]);
  const creditCode = changed.creditCode?.to as string | null | undefined;
  if (creditCode && (await repository.creditCodeTaken(tx, creditCode, row.id))) throw duplicateCreditCode();

  const next = Object.fromEntries(Object.entries(changed).map(([field, { to }]) => [field, to]));
  const updated = await guardCreditCode(() => repository.updateOrganization(tx, row.id, columnValues(services.cipher, next)));
  const masked = maskedChanges(changed);
  await repository.insertChange(tx, { organizationId: row.id, actorId: actor.id, action, changes: masked });
  await recordAudit(tx, actor, {
    action: 'organization.updated',
    targetType: 'organization',
    targetId: row.id,
    regionCode: updated.regionCode,
    before: Object.fromEntries(Object.entries(masked).map(([field, { from }]) => [field, from])),
    after: Object.fromEntries(Object.entries(masked).map(([field, { to }]) => [field, to])),
  });
  return updated;
}

export interface ListQuery extends Omit<OrganizationFilter, 'sort' | 'limit' | 'offset'> {
  sort: string;
  page: number;
  pageSize: number;
}

export async function listOrganizations(services: Services, viewer: Viewer, query: ListQuery) {
  const { sort, page, pageSize, ...filters } = query;
  const descending = sort.startsWith('-');
  return repository.listOrganizations(viewer.scope, services.database.db, {
    ...filters,
    sort: { by: sort.replace(/^-/, '') as OrganizationSort, descending },
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}

export async function getOrganization(services: Services, viewer: Viewer, id: string): Promise<OrganizationRecord> {
  const found = await repository.findOrganization(viewer.scope, services.database.db, id);
  if (!found) throw new AppError('not_found');
  return found;
}

/** The org_leader account to link: it must exist and be a leader's account. */
async function leaderAccount(services: Services, username: string | null | undefined): Promise<string | null> {
  if (!username) return null;
  const user = await repository.findUserByUsername(services.database.db, username);
  if (!user || user.role !== 'org_leader') throw new AppError('unknown_user', {}, [{ path: 'leaderUsername', message: 'unknown_user' }]);
  return user.id;
}

export async function createOrganization(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  body: OrganizationInput & { leaderUsername?: string | null },
): Promise<OrganizationRecord> {
  const { leaderUsername, ...input } = body;
  assertTierAllowed(viewer.role, input.tier);
  await requireRegionInScope(services, viewer.scope, input.regionCode, 'regionCode');
  const leaderUserId = await leaderAccount(services, leaderUsername);
  const created = await services.database.transaction((tx) =>
    insertOrganizationInTx(tx, services, actor, { ...input, leaderUserId }, 'create'),
  );
  return getOrganization(services, viewer, created.id);
}

export async function updateOrganization(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  id: string,
  body: Partial<OrganizationInput> & { status?: OrganizationStatus; version: number },
): Promise<OrganizationRecord> {
  const { version, ...changes } = body;
  const existing = await getOrganization(services, viewer, id);
  assertTierAllowed(viewer.role, existing.tier, changes.tier);
  if (changes.regionCode !== undefined && changes.regionCode !== existing.regionCode) {
    await requireRegionInScope(services, viewer.scope, changes.regionCode, 'regionCode');
  }
  await services.database.transaction(async (tx) => {
    const row = await repository.lockOrganization(tx, id);
    if (!row) throw new AppError('not_found');
    if (row.version !== version) throw new AppError('version_conflict');
    assertTierAllowed(viewer.role, row.tier);
    await applyChanges(tx, services, actor, row, changes, 'update');
  });
  return getOrganization(services, viewer, id);
}

export async function organizationHistory(services: Services, viewer: Viewer, id: string) {
  if (!mayReadHistory(viewer.role)) throw new AppError('forbidden');
  await getOrganization(services, viewer, id);
  const rows = await repository.listChanges(services.database.db, id);
  const changesOf = (r: (typeof rows)[number]) => r.changes as Record<string, { from: unknown; to: unknown }>;
  // A change of region reads as 云南中路居委会（310101002001）, not a bare code.
  const codes = rows.flatMap((r) => [changesOf(r).regionCode?.from, changesOf(r).regionCode?.to]).filter((c): c is string => typeof c === 'string');
  const names = await regionNames(services.database.db, codes);
  const named = (code: unknown) => (typeof code === 'string' && names.has(code) ? `${names.get(code)}（${code}）` : code);
  return rows.map((r) => {
    const changes = changesOf(r);
    const region = changes.regionCode;
    return {
      ...r,
      at: r.at.toISOString(),
      changes: region ? { ...changes, regionCode: { from: named(region.from), to: named(region.to) } } : changes,
    };
  });
}

/** Plain personal data, for the viewer's own use; the disclosure itself is audited (not the values). */
export async function revealPersonalData(services: Services, viewer: Viewer, actor: AuditActor, id: string) {
  const found = await getOrganization(services, viewer, id);
  const { cipher } = services;
  const revealed = {
    leaderPhone: cipher.decrypt(found.leaderPhoneEnc),
    leaderIdNumber: cipher.decrypt(found.leaderIdNumberEnc),
    contactPhone: cipher.decrypt(found.contactPhoneEnc),
  };
  const fields = Object.entries(revealed)
    .filter(([, value]) => value !== null)
    .map(([field]) => field);
  await services.database.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'organization.revealed',
      targetType: 'organization',
      targetId: found.id,
      regionCode: found.regionCode,
      after: { fields },
    }),
  );
  return revealed;
}
