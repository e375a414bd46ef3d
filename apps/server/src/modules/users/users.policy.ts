import { regionLevelsOfRole, userCheckKeys, type Role } from '@linli/shared';
import { AppError } from '../../platform/errors.js';

/** A region-scoped account must sit at a level where that role works (regionLevelsOfRole). */
export function assertRegionFitsRole(role: Role, level: number) {
  if (!(regionLevelsOfRole[role] as readonly number[]).includes(level)) {
    throw new AppError('validation_failed', {}, [{ path: 'regionCode', message: userCheckKeys.regionLevel }]);
  }
}

/** An administrator who disabled their own account could lock the platform out of account management. */
export function assertNotDisablingSelf(actorId: string, targetId: string, status: 'active' | 'disabled' | undefined) {
  if (status === 'disabled' && actorId === targetId) {
    throw new AppError('validation_failed', {}, [{ path: 'status', message: userCheckKeys.cannotDisableSelf }]);
  }
}
