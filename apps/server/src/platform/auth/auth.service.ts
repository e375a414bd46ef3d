import { randomBytes } from 'node:crypto';
import { recordAudit, type AuditActor } from '../audit.js';
import type { Services } from '../context.js';
import { AppError } from '../errors.js';
import { hashToken } from '../access-control.js';
import * as repository from './auth.repository.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';

// Lockout policy: 5 failures within 15 minutes lock the account for 15 minutes.
export const lockout = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const minutesUntil = (date: Date) => Math.max(1, Math.ceil((date.getTime() - Date.now()) / 60_000));

export interface LoginResult {
  token: string;
  userId: string;
}

type FailureReason = 'unknown_user' | 'wrong_password' | 'locked' | 'disabled';

/** Every refused sign-in leaves an audit event, including unknown usernames (GB/T 22239-2019 security audit). */
async function auditLoginFailure(
  services: Services,
  actor: AuditActor,
  targetId: string | null,
  after: { reason: FailureReason; username?: string; failures?: number },
) {
  await services.database.transaction((tx) => recordAudit(tx, actor, { action: 'auth.login_failed', targetType: 'user', targetId, after }));
}

type UserRow = NonNullable<Awaited<ReturnType<typeof repository.findUserById>>>;

/**
 * Counts a wrong password against the account (at sign-in or when changing the password) and locks it at the
 * fifth failure within the window. Returns the lock's end when this failure locked the account.
 */
async function registerWrongPassword(
  services: Services,
  user: UserRow,
  actor: AuditActor,
  action: 'auth.login_failed' | 'auth.password_change_failed',
) {
  return services.database.transaction(async (tx) => {
    const failures = await repository.recordLoginFailure(tx, user.id, new Date(Date.now() - lockout.windowMs));
    if (failures < lockout.failures) {
      await recordAudit(tx, actor, { action, targetType: 'user', targetId: user.id, after: { reason: 'wrong_password', failures } });
      return null;
    }
    const until = new Date(Date.now() + lockout.lockMs);
    await repository.lockUser(tx, user.id, until);
    await recordAudit(tx, actor, {
      action: 'auth.locked',
      targetType: 'user',
      targetId: user.id,
      after: { lockedUntil: until.toISOString() },
    });
    return until;
  });
}

const isLocked = (user: UserRow) => Boolean(user.lockedUntil && user.lockedUntil.getTime() > Date.now());

export async function login(
  services: Services,
  username: string,
  password: string,
  client: { ip: string; userAgent?: string },
): Promise<LoginResult> {
  const { database } = services;
  const user = await repository.findUserByUsername(database.db, username);
  const actor: AuditActor = { id: user?.id ?? null, name: user?.displayName ?? null, ip: client.ip };
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    await auditLoginFailure(services, actor, null, { reason: 'unknown_user', username });
    throw new AppError('invalid_credentials');
  }
  if (isLocked(user)) {
    await auditLoginFailure(services, actor, user.id, { reason: 'locked' });
    throw new AppError('account_locked', { minutes: minutesUntil(user.lockedUntil!) });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const lockedUntil = await registerWrongPassword(services, user, actor, 'auth.login_failed');
    if (lockedUntil) throw new AppError('account_locked', { minutes: minutesUntil(lockedUntil) });
    throw new AppError('invalid_credentials');
  }
  if (user.status !== 'active') {
    await auditLoginFailure(services, actor, user.id, { reason: 'disabled' });
    throw new AppError('account_disabled');
  }

  const token = randomBytes(32).toString('base64url');
  await database.transaction(async (tx) => {
    await repository.clearLoginFailures(tx, user.id);
    await repository.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300),
    });
    await recordAudit(tx, actor, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  return { token, userId: user.id };
}

export async function logout(services: Services, tokenHash: string, actor: AuditActor) {
  await services.database.transaction(async (tx) => {
    await repository.deleteSession(tx, tokenHash);
    await recordAudit(tx, actor, { action: 'auth.logout', targetType: 'user', targetId: actor.id });
  });
}

/**
 * Changing one's password ends every other session of the account. A wrong current password counts towards
 * the lockout like a failed sign-in, so a borrowed session cannot be used to guess the password.
 */
export async function changePassword(
  services: Services,
  actor: AuditActor & { id: string },
  tokenHash: string,
  currentPassword: string,
  newPassword: string,
) {
  const user = await repository.findUserById(services.database.db, actor.id);
  if (!user) throw new AppError('not_authenticated');
  if (isLocked(user)) throw new AppError('account_locked', { minutes: minutesUntil(user.lockedUntil!) });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    const lockedUntil = await registerWrongPassword(services, user, actor, 'auth.password_change_failed');
    if (lockedUntil) throw new AppError('account_locked', { minutes: minutesUntil(lockedUntil) });
    throw new AppError('wrong_password', {}, [{ path: 'currentPassword', message: 'wrong_password' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await services.database.transaction(async (tx) => {
    await repository.updatePasswordHash(tx, actor.id, passwordHash);
    await repository.deleteSessionsOfUser(tx, actor.id, tokenHash);
    await repository.clearLoginFailures(tx, actor.id);
    await recordAudit(tx, actor, { action: 'auth.password_changed', targetType: 'user', targetId: actor.id });
  });
}
