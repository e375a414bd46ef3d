import type { FilingAction } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { changeOrganizationInTx, insertOrganizationInTx } from '../organizations/organizations.service.js';
import { organizationChangesFrom, organizationFromEstablish } from './filings.payload.js';
import * as repository from './filings.repository.js';
import { findVisibleFiling, requireTransition, timeLimitsOf } from './filings.guard.js';
import type { FilingFilter, FilingRow } from './filings.repository.js';
import { resubmitFiling } from './filings.submission.js';

export interface ListQuery extends Omit<FilingFilter, 'sort' | 'limit' | 'offset'> {
  sort: string;
  page: number;
  pageSize: number;
}

export async function listFilings(services: Services, scope: Scope, query: ListQuery) {
  const { sort, page, pageSize, ...filters } = query;
  return repository.listFilings(
    scope,
    services.database.db,
    {
      ...filters,
      sort: { by: sort.replace(/^-/, '') as FilingFilter['sort']['by'], descending: sort.startsWith('-') },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
    timeLimitsOf(services),
  );
}

export async function getFiling(services: Services, scope: Scope, id: string) {
  const record = await findVisibleFiling(services, scope, id);
  return { record, transitions: await repository.listTransitions(services.database.db, id) };
}

/** `备{street code}-{year}-{NNNN}`, numbered per street and year in China's time zone. */
export async function nextFilingNumber(tx: Db, regionCode: string, now = new Date()): Promise<string> {
  const street = regionCode.slice(0, 9);
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now);
  const value = await repository.nextCounterValue(tx, `${street}-${year}`);
  return `备${street}-${year}-${String(value).padStart(4, '0')}`;
}

/**
 * The street files (tianjin-2018 三（二）): the filing gets its number and the registry follows it — a new
 * organization, the changes, or the cancellation — inside the caller's transaction.
 */
async function applyFiledFiling(tx: Db, services: Services, actor: AuditActor, filing: FilingRow) {
  const filingNumber = await nextFilingNumber(tx, filing.regionCode);
  let organizationId = filing.organizationId;
  if (filing.kind === 'establish') {
    // A leader who applied leads the new organization; a committee worker applied on the group's behalf.
    const leaderUserId = (await repository.userRole(tx, filing.submittedBy)) === 'org_leader' ? filing.submittedBy : null;
    const input = { ...organizationFromEstablish(services.cipher, filing), filingNumber, leaderUserId };
    organizationId = (await insertOrganizationInTx(tx, services, actor, input, 'filed')).id;
  } else {
    // The organization may have been suspended or banned while the filing waited.
    if ((await repository.lockOrganizationStatus(tx, organizationId!)) !== 'active') throw new AppError('organization_not_active');
    const changes = filing.kind === 'change' ? organizationChangesFrom(services.cipher, filing) : { status: 'cancelled' as const };
    await changeOrganizationInTx(tx, services, actor, organizationId!, changes, filing.kind === 'change' ? 'change_filed' : 'cancelled');
  }
  await repository.setFilingOutcome(tx, filing.id, { filingNumber, organizationId: organizationId! });
  return { filingNumber, organizationId };
}

export async function transitionFiling(
  services: Services,
  scope: Scope,
  actor: AuditActor,
  id: string,
  body: { action: FilingAction; comment: string; version: number },
): Promise<void> {
  if (body.action === 'resubmit') return resubmitFiling(services, scope, actor, id, { version: body.version, comment: body.comment });
  const filing = await findVisibleFiling(services, scope, id);
  const to = requireTransition(scope, filing, body.action, body.version);
  await services.database.transaction(async (tx) => {
    const moved = await repository.moveFiling(tx, id, body.version, { status: to });
    if (!moved) throw new AppError('version_conflict');
    await repository.insertTransition(tx, {
      filingId: id,
      action: body.action,
      fromStatus: filing.status,
      toStatus: to,
      actorId: scope.userId,
      comment: body.comment,
    });
    const outcome = to === 'filed' ? await applyFiledFiling(tx, services, actor, moved) : {};
    await recordAudit(tx, actor, {
      action: 'filing.transitioned',
      targetType: 'filing',
      targetId: id,
      regionCode: filing.regionCode,
      before: { status: filing.status, version: filing.version },
      after: { action: body.action, status: to, version: moved.version, comment: body.comment, ...outcome },
    });
  });
}
