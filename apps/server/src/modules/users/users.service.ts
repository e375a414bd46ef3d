import { regionScopedRoles, userCheckKeys, type CreateUserBody, type UpdateUserBody, type UserListQuery } from '@linli/shared';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { deleteSessionsOfUser } from '../../platform/auth/auth.repository.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { findRegion } from '../regions/regions.repository.js';
import { assertNotDisablingSelf, assertRegionFitsRole } from './users.policy.js';
import * as repository from './users.repository.js';
import type { UserRecord } from './users.repository.js';

/** The account administrator acting (a sys_admin). */
export interface Admin {
  id: string;
  scope: Scope;
}

const duplicateUsername = () => new AppError('duplicate_username', {}, [{ path: 'username', message: userCheckKeys.duplicateUsername }]);

/** A race past the look-up still meets the unique index on lower(username): answer it the same way. */
async function guardUsername<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
    if (cause instanceof DatabaseError && cause.code === '23505' && cause.constraint === 'users_username_idx') throw duplicateUsername();
    throw error;
  }
}

export async function listUsers(services: Services, admin: Admin, query: UserListQuery) {
  const { page, pageSize, q, role, status } = query;
  return repository.listUsers(admin.scope, services.database.db, { q, role, status, limit: pageSize, offset: (page - 1) * pageSize });
}

export async function getUser(services: Services, admin: Admin, id: string): Promise<UserRecord> {
  const user = await repository.findUser(admin.scope, services.database.db, id);
  if (!user) throw new AppError('not_found');
  return user;
}

/** Resolves the region a new account is scoped to: it must exist and sit at a level where the role works. */
async function scopeRegionOf(services: Services, admin: Admin, input: CreateUserBody): Promise<string | null> {
  if (!regionScopedRoles.includes(input.role)) return null;
  if (!input.regionCode) throw new AppError('validation_failed', {}, [{ path: 'regionCode', message: userCheckKeys.regionRequired }]);
  const region = await findRegion(admin.scope, services.database.db, input.regionCode);
  if (!region) throw new AppError('unknown_region', {}, [{ path: 'regionCode', message: 'unknown_region' }]);
  assertRegionFitsRole(input.role, region.level);
  return region.code;
}

export async function createUser(services: Services, admin: Admin, actor: AuditActor, input: CreateUserBody): Promise<UserRecord> {
  const regionCode = await scopeRegionOf(services, admin, input);
  if (await repository.usernameTaken(admin.scope, services.database.db, input.username)) throw duplicateUsername();
  const passwordHash = await hashPassword(input.password);
  const id = await guardUsername(() =>
    services.database.transaction(async (tx) => {
      const values = { username: input.username, displayName: input.displayName, role: input.role, regionCode, status: 'active' as const };
      const newId = await repository.insertUser(admin.scope, tx, { ...values, passwordHash });
      // The audit trail gets the account's facts, never the password or its hash.
      await recordAudit(tx, actor, { action: 'user.created', targetType: 'user', targetId: newId, regionCode, after: values });
      return newId;
    }),
  );
  return getUser(services, admin, id);
}

/** Enables or disables an account or renames it. Disabling ends every session of the account at once. */
export async function updateUser(
  services: Services,
  admin: Admin,
  actor: AuditActor,
  id: string,
  input: UpdateUserBody,
): Promise<UserRecord> {
  const current = await getUser(services, admin, id);
  assertNotDisablingSelf(admin.id, id, input.status);
  if (current.version !== input.version) throw new AppError('version_conflict');
  const changes: Partial<Pick<UserRecord, 'status' | 'displayName'>> = {};
  if (input.status !== undefined && input.status !== current.status) changes.status = input.status;
  if (input.displayName !== undefined && input.displayName !== current.displayName) changes.displayName = input.displayName;
  const keys = Object.keys(changes) as (keyof typeof changes)[];
  if (keys.length === 0) return current;

  await services.database.transaction(async (tx) => {
    if (!(await repository.updateUser(admin.scope, tx, id, input.version, changes))) throw new AppError('version_conflict');
    if (changes.status === 'disabled') await deleteSessionsOfUser(tx, id);
    const before = Object.fromEntries(keys.map((key) => [key, current[key]]));
    await recordAudit(tx, actor, {
      action: 'user.updated',
      targetType: 'user',
      targetId: id,
      regionCode: current.regionCode,
      before,
      after: changes,
    });
  });
  return getUser(services, admin, id);
}
