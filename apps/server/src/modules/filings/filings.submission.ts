// Applying for a filing and correcting a returned one (tianjin-2018 三（二）: filed through the committee to the street).
import type { SubmitFilingBody } from '@linli/shared';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { requireRegionInScope } from '../regions/regions.service.js';
import { findVisibleFiling, requireTransition } from './filings.guard.js';
import {
  cancelMaterials,
  changeMaterials,
  establishMaterials,
  type ProposedChanges,
  type ProposedOrganization,
  type StoredChange,
} from './filings.payload.js';
import * as repository from './filings.repository.js';
import type { FilingValues } from './filings.repository.js';
import { firstReviewStatus, openStatuses } from './filings.workflow.js';

const duplicateFiling = () => new AppError('duplicate_filing');

/** Two filings for one organization submitted at the same moment: the partial unique index stops the second. */
async function guardOpenFiling<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
    if (cause instanceof DatabaseError && cause.code === '23505' && cause.constraint === 'filings_open_per_organization_idx')
      throw duplicateFiling();
    throw error;
  }
}

const invalid = (errors: FieldError[]) => new AppError('validation_failed', {}, errors);

function requireSomeChange(changes: ProposedChanges, path: string): ProposedChanges {
  if (Object.values(changes).every((value) => value === undefined)) throw invalid([{ path, message: 'nothing_changed' }]);
  return changes;
}

/**
 * A change or cancellation concerns an organization the submitter may file for (a leader the ones they lead, a
 * committee worker those of their community) that is an active team or group with no filing in progress.
 */
async function organizationToFile(services: Services, scope: Scope, id: string) {
  const { db } = services.database;
  const organization = await repository.findOrganizationToFile(scope, db, id);
  if (!organization) throw new AppError('not_found');
  // Registered organizations are registered by civil affairs, not filed (shanghai-2021 三（二）).
  if (organization.tier === 'registered') throw invalid([{ path: 'organizationId', message: 'tier_not_filable' }]);
  if (organization.status !== 'active') throw new AppError('organization_not_active');
  if (await repository.hasOpenFiling(db, id, openStatuses)) throw duplicateFiling();
  return organization;
}

async function filingValues(services: Services, scope: Scope, body: SubmitFilingBody) {
  const { cipher } = services;
  if (body.kind === 'establish') {
    const region = await requireRegionInScope(services, scope, body.organization.regionCode, 'organization.regionCode');
    const { payload, columns } = establishMaterials(cipher, body.organization);
    return { kind: body.kind, regionCode: region.code, organizationId: null, payload, ...columns };
  }
  const organization = await organizationToFile(services, scope, body.organizationId);
  const { payload, columns } =
    body.kind === 'change'
      ? changeMaterials(cipher, body.reason, requireSomeChange(body.changes, 'changes'))
      : cancelMaterials(body.reason);
  return { kind: body.kind, regionCode: organization.regionCode, organizationId: organization.id, payload, ...columns };
}

/** Submits a filing; it waits for the committee's first review, or the street's where there is no committee. */
export async function submitFiling(services: Services, scope: Scope, actor: AuditActor, body: SubmitFilingBody): Promise<string> {
  const values = await filingValues(services, scope, body);
  const status = firstReviewStatus(values.regionCode);
  const filing = await guardOpenFiling(() =>
    services.database.transaction(async (tx) => {
      const row = await repository.insertFiling(tx, { ...values, status, submittedBy: scope.userId });
      await repository.insertTransition(tx, {
        filingId: row.id,
        action: 'submit',
        fromStatus: null,
        toStatus: status,
        actorId: scope.userId,
        comment: '',
      });
      await recordAudit(tx, actor, {
        action: 'filing.submitted',
        targetType: 'filing',
        targetId: row.id,
        regionCode: row.regionCode,
        after: { kind: row.kind, status, organizationId: row.organizationId, payload: row.payload },
      });
      return row;
    }),
  );
  return filing.id;
}

export interface Correction {
  version: number;
  comment: string;
  organization?: ProposedOrganization;
  changes?: ProposedChanges;
  reason?: string;
}

const correctable: Record<string, readonly string[]> = { establish: ['organization'], change: ['changes', 'reason'], cancel: ['reason'] };

/** The corrected materials of a returned filing; what the correction leaves out stays as submitted. */
async function correctedValues(services: Services, scope: Scope, filing: { kind: string; payload: unknown }, correction: Correction) {
  const { cipher } = services;
  const foreign = (['organization', 'changes', 'reason'] as const).filter(
    (field) => correction[field] !== undefined && !correctable[filing.kind]!.includes(field),
  );
  if (foreign.length > 0) throw invalid(foreign.map((path) => ({ path, message: 'not_for_this_kind' })));
  if (correction.reason === '') throw invalid([{ path: 'reason', message: 'required' }]);
  const values: Partial<FilingValues> = {};
  if (correction.organization) {
    const region = await requireRegionInScope(services, scope, correction.organization.regionCode, 'organization.regionCode');
    const { payload, columns } = establishMaterials(cipher, correction.organization);
    Object.assign(values, { regionCode: region.code, payload, ...columns });
  }
  if (filing.kind === 'change') {
    const stored = filing.payload as StoredChange;
    const reason = correction.reason ?? stored.reason;
    if (correction.changes) {
      const { payload, columns } = changeMaterials(cipher, reason, requireSomeChange(correction.changes, 'changes'));
      Object.assign(values, { payload, ...columns });
    } else if (correction.reason) values.payload = { ...stored, reason };
  }
  if (filing.kind === 'cancel' && correction.reason) values.payload = cancelMaterials(correction.reason).payload;
  return values;
}

/** The submitter corrects a returned filing and sends it back to first review. */
export async function resubmitFiling(
  services: Services,
  scope: Scope,
  actor: AuditActor,
  id: string,
  correction: Correction,
): Promise<void> {
  const filing = await findVisibleFiling(services, scope, id);
  requireTransition(scope, filing, 'resubmit', correction.version);
  const values = await correctedValues(services, scope, filing, correction);
  const status = firstReviewStatus(values.regionCode ?? filing.regionCode);
  await services.database.transaction(async (tx) => {
    const moved = await repository.moveFiling(tx, id, correction.version, { ...values, status });
    if (!moved) throw new AppError('version_conflict');
    await repository.insertTransition(tx, {
      filingId: id,
      action: 'resubmit',
      fromStatus: filing.status,
      toStatus: status,
      actorId: scope.userId,
      comment: correction.comment,
    });
    await recordAudit(tx, actor, {
      action: 'filing.resubmitted',
      targetType: 'filing',
      targetId: id,
      regionCode: moved.regionCode,
      before: { status: filing.status, version: filing.version, regionCode: filing.regionCode, payload: filing.payload },
      after: { status, version: moved.version, regionCode: moved.regionCode, payload: moved.payload, comment: correction.comment },
    });
  });
}
