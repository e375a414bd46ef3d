// Who may do what with party-building records. Offices keep party organizations and meeting records for their
// region (their visibility is the repositories' scope); an organization's leader keeps their own organization's
// party-member figures but not which party organization covers it — that is the party organizations' business.
import type { Role } from '@linli/shared';
import { can } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';

export interface Viewer {
  id: string;
  role: Role;
  scope: Scope;
}

export const mayManageParty = (viewer: Viewer) => can(viewer.role, 'party:manage');

/** The organization is one the viewer can see (the caller checked); this says what they may change of its profile. */
export function profileAbilities(viewer: Viewer) {
  return { update: can(viewer.role, 'party:profile'), changeCoverage: mayManageParty(viewer) };
}
