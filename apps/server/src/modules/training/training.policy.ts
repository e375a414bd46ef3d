// Who may do what with training records. Visibility (the repositories' scope) already narrows what a viewer can
// reach: an office its region subtree, a hub's staff their hubs' courses. Within it, managing is by role.
import type { Role } from '@linli/shared';
import { can } from '../../platform/permissions.js';
import type { Scope } from '../../platform/scope.js';

export interface Viewer {
  id: string;
  role: Role;
  scope: Scope;
}

/** Civil affairs and street offices run courses for their region; a hub's staff for their hub. Committees read. */
export const mayManageTraining = (viewer: Viewer) => can(viewer.role, 'training:manage');
