import type { Role, User } from '@linli/shared';
import type { UserRecord } from './users.repository.js';

/** Row → API shape. The password hash never reaches this far (the repository does not select it). */
export function presentUser(record: UserRecord): User {
  const locked = record.lockedUntil && record.lockedUntil.getTime() > Date.now() ? record.lockedUntil : null;
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    role: record.role as Role,
    regionCode: record.regionCode,
    regionName: record.regionName,
    status: record.status,
    lockedUntil: locked ? locked.toISOString() : null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
  };
}
