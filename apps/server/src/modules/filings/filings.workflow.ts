// The filing workflow as data: every allowed (status, action) pair and who may take it. Pure: no database.
// tianjin-2018 三（二）: the committee (居/村委会) does the first review and passes the filing up; the street
// (街道/乡镇) files and manages. shanghai-2021 三（二）: the street files mass-activity teams.
import type { FilingAction, FilingStatus, Role } from '@linli/shared';
import { can } from '../../platform/permissions.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';

/** The reviewer of the filing's community, the street officer who decides, or the person who submitted. */
export type Who = 'committee' | 'street' | 'submitter';

/** Where a (re)submitted filing enters: the committee's first review, or the street's when there is no committee. */
export const FIRST_REVIEW = 'first_review';

export interface TransitionRow {
  from: FilingStatus;
  action: FilingAction;
  to: FilingStatus | typeof FIRST_REVIEW;
  who: Who;
}

export const transitions: readonly TransitionRow[] = [
  { from: 'committee_review', action: 'approve', to: 'street_review', who: 'committee' },
  { from: 'committee_review', action: 'return', to: 'returned', who: 'committee' },
  { from: 'committee_review', action: 'reject', to: 'rejected', who: 'committee' },
  { from: 'committee_review', action: 'withdraw', to: 'withdrawn', who: 'submitter' },
  { from: 'street_review', action: 'file', to: 'filed', who: 'street' },
  { from: 'street_review', action: 'return', to: 'returned', who: 'street' },
  { from: 'street_review', action: 'reject', to: 'rejected', who: 'street' },
  { from: 'returned', action: 'resubmit', to: FIRST_REVIEW, who: 'submitter' },
  { from: 'returned', action: 'withdraw', to: 'withdrawn', who: 'submitter' },
];

/** Statuses in which a filing is still being handled; an organization has at most one such filing. */
export const openStatuses: readonly FilingStatus[] = ['committee_review', 'street_review', 'returned'];

/** A filing at street level (9-digit code) has no committee: it goes straight to the street. */
export function firstReviewStatus(regionCode: string): FilingStatus {
  return regionCode.length === 9 ? 'street_review' : 'committee_review';
}

export function targetStatus(row: TransitionRow, regionCode: string): FilingStatus {
  return row.to === FIRST_REVIEW ? firstReviewStatus(regionCode) : row.to;
}

export interface FilingFacts {
  status: FilingStatus;
  regionCode: string;
  submittedBy: string;
}

const reviewPermission = { committee: 'filings:review', street: 'filings:decide' } as const;

/** Whether the role and scope fit `who`, leaving aside that the actor may be the submitter. */
function roleFits(who: Who, actor: Scope, filing: FilingFacts): boolean {
  if (who === 'submitter') return actor.userId === filing.submittedBy;
  return can(actor.role, reviewPermission[who]) && inRegionScope(actor, filing.regionCode);
}

export type Decision =
  { ok: true; row: TransitionRow; to: FilingStatus } | { ok: false; code: 'forbidden' | 'separation_of_duties' | 'transition_not_allowed' };

/**
 * May `actor` take `action` on `filing` now? 403 forbidden when the actor could never take this action on this
 * filing, 409 transition_not_allowed when they could but not in its current status, and 403
 * separation_of_duties when the only obstacle is that they submitted it themselves.
 */
export function decide(actor: Scope, filing: FilingFacts, action: FilingAction): Decision {
  const rowsOfAction = transitions.filter((r) => r.action === action);
  if (!rowsOfAction.some((r) => roleFits(r.who, actor, filing))) return { ok: false, code: 'forbidden' };
  const row = rowsOfAction.find((r) => r.from === filing.status);
  if (!row) return { ok: false, code: 'transition_not_allowed' };
  if (!roleFits(row.who, actor, filing)) return { ok: false, code: 'forbidden' };
  // Separation of duties: nobody reviews or decides a filing they submitted, whatever their role.
  if (row.who !== 'submitter' && actor.userId === filing.submittedBy) return { ok: false, code: 'separation_of_duties' };
  return { ok: true, row, to: targetStatus(row, filing.regionCode) };
}

/** The actions `actor` may take on `filing` now (the web app shows these buttons). */
export function availableActions(actor: Scope, filing: FilingFacts): FilingAction[] {
  return transitions.filter((r) => r.from === filing.status && decide(actor, filing, r.action).ok).map((r) => r.action);
}

/**
 * What waits for a role in its work queue: the statuses it reviews or decides (filings submitted by others),
 * and for those who submit, their own returned filings.
 */
export function queueOf(role: Role): { reviews: FilingStatus[]; ownReturned: boolean } {
  const reviews = transitions.filter((r) => r.who !== 'submitter' && can(role, reviewPermission[r.who])).map((r) => r.from);
  return { reviews: [...new Set(reviews)], ownReturned: can(role, 'filings:submit') };
}
