// Loading a filing for an action: what every workflow step checks first, in the same order.
import type { FilingAction, FilingStatus } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import * as repository from './filings.repository.js';
import type { FilingRecord } from './filings.repository.js';
import { decide } from './filings.workflow.js';

export const timeLimitsOf = (services: Services) => services.config.filingTimeLimitDays;

/** The filing if the actor may see it; otherwise 404, so a filing outside one's scope does not exist. */
export async function findVisibleFiling(services: Services, scope: Scope, id: string): Promise<FilingRecord> {
  const found = await repository.findFiling(scope, services.database.db, id, timeLimitsOf(services));
  if (!found) throw new AppError('not_found');
  return found;
}

/** The status `action` leads to, or the reason the actor may not take it on the version they saw. */
export function requireTransition(scope: Scope, filing: FilingRecord, action: FilingAction, version: number): FilingStatus {
  const decision = decide(
    scope,
    { status: filing.status as FilingStatus, regionCode: filing.regionCode, submittedBy: filing.submittedBy },
    action,
  );
  // A stale page first: what it shows may be why the action no longer fits, or no longer falls to this actor
  // (a colleague acted a moment before). Scope was checked when the filing was loaded.
  if (filing.version !== version) throw new AppError('version_conflict');
  if (!decision.ok && decision.code !== 'transition_not_allowed') throw new AppError(decision.code);
  if (!decision.ok) throw new AppError('transition_not_allowed', { status: filing.status, action });
  return decision.to;
}
