import type { Role } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Services } from '../../platform/context.js';
import { DEMO_PASSWORD, demoAccounts, type DemoAccount } from './accounts.js';
import * as repository from './demo.repository.js';

/** Who the audit trail names for what the loader writes itself. */
export const seedActor: AuditActor = { id: null, name: 'linli seed demo', ip: null };

export type DemoUsers = Record<string, { id: string; role: Role; displayName: string; regionCode: string | null }>;

/** Creates the demo accounts whose region exists (so a test loading fewer regions still gets the rest). */
export async function createDemoAccounts(services: Services): Promise<DemoUsers> {
  const { database } = services;
  const accounts: DemoAccount[] = [];
  for (const account of demoAccounts) {
    if (account.regionCode === null || (await repository.regionByCode(database.db, account.regionCode))) accounts.push(account);
  }
  // Hashed one by one: each argon2id hash takes 19 MiB, and the machine may be small.
  const hashes: string[] = [];
  for (let i = 0; i < accounts.length; i++) hashes.push(await hashPassword(DEMO_PASSWORD));
  return database.transaction(async (tx) => {
    const created: DemoUsers = {};
    for (const [index, account] of accounts.entries()) {
      const user = await repository.insertUser(tx, { ...account, passwordHash: hashes[index]! });
      await recordAudit(tx, seedActor, {
        action: 'user.created',
        targetType: 'user',
        targetId: user.id,
        regionCode: user.regionCode,
        after: { username: user.username, role: user.role, regionCode: user.regionCode },
      });
      created[user.username] = { id: user.id, role: account.role, displayName: user.displayName, regionCode: user.regionCode };
    }
    return created;
  });
}
