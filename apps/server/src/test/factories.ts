// Test data builders that write through the same tables the services use.
import type { Role } from '@linli/shared';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Services } from '../platform/context.js';
import { organizations, users } from '../db/schema.js';
import { TEST_PASSWORD } from './test-app.js';

let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function buildUser(services: Services, attributes: { role: Role; regionCode?: string | null; username?: string; displayName?: string; status?: 'active' | 'disabled' }) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = attributes.username ?? `${attributes.role}-${++counter}`;
  const [user] = await services.database.db
    .insert(users)
    .values({
      username,
      displayName: attributes.displayName ?? username,
      passwordHash: await passwordHash,
      role: attributes.role,
      regionCode: attributes.regionCode ?? null,
      status: attributes.status ?? 'active',
    })
    .returning();
  return user!;
}

export async function buildOrganization(
  services: Services,
  attributes: Partial<typeof organizations.$inferInsert> & { regionCode: string; leaderPhone?: string; leaderIdNumber?: string },
) {
  const { leaderPhone, leaderIdNumber, ...rest } = attributes;
  const [organization] = await services.database.db
    .insert(organizations)
    .values({
      name: `测试组织${++counter}`,
      tier: 'team',
      serviceFields: ['邻里互助'],
      leaderName: '王芳',
      memberCount: 12,
      leaderPhoneEnc: services.cipher.encrypt(leaderPhone ?? '13812345678'),
      leaderIdNumberEnc: services.cipher.encrypt(leaderIdNumber ?? null),
      leaderIdNumberHash: services.cipher.blindIndex(leaderIdNumber ?? null),
      ...rest,
    })
    .returning();
  return organization!;
}
