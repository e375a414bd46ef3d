import type { OrganizationStatus, Role, Tier } from '@linli/shared';
import { AppError } from '../../platform/errors.js';
import { can } from '../../platform/permissions.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';

export interface Viewer {
  id: string;
  role: Role;
  scope: Scope;
}

/**
 * Registered social organizations are registered by civil affairs (mca-2017 三（一）): only civil affairs
 * records one, turns another tier into one, or edits one. Streets and committees keep teams and groups.
 */
export function mayHandleTier(role: Role, tier: Tier): boolean {
  return tier !== 'registered' || role === 'civil_affairs';
}

export function assertTierAllowed(role: Role, ...tiers: (Tier | undefined)[]) {
  for (const tier of tiers) if (tier && !mayHandleTier(role, tier)) throw new AppError('forbidden');
}

/** Residents see the public register: no change history (it names people and shows personal data masked). */
export function mayReadHistory(role: Role): boolean {
  return role !== 'resident';
}

export interface OrganizationFacts {
  tier: Tier;
  status: OrganizationStatus;
  regionCode: string;
  leaderUserId: string | null;
}

/** What the viewer may do with an organization they can see (the web app shows buttons from this). */
export function abilitiesFor(viewer: Viewer, o: OrganizationFacts) {
  const ownLeader = viewer.role === 'org_leader' && o.leaderUserId === viewer.id;
  const committeeInScope = viewer.role === 'committee_worker' && inRegionScope(viewer.scope, o.regionCode);
  // Only filed teams and groups change or cancel through a filing (tianjin-2018 三（二）, shanghai-2021 三（二））
  const filable = o.status === 'active' && (o.tier === 'team' || o.tier === 'group');
  return {
    update: can(viewer.role, 'organizations:update') && mayHandleTier(viewer.role, o.tier),
    reveal: can(viewer.role, 'organizations:reveal') && (viewer.role !== 'org_leader' || ownLeader),
    fileChange: filable && (ownLeader || committeeInScope),
    fileCancel: filable && (ownLeader || committeeInScope),
  };
}
