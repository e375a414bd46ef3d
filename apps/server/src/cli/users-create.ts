// `linli users create`: the way into a new install, before any administrator can sign in to the web app.
import type { createUserBody } from '@linli/shared';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { regions, users } from '../db/schema.js';
import { recordAudit } from '../platform/audit.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Services } from '../platform/context.js';
import { CliError } from './cli-error.js';

export async function createAccount(services: Services, input: z.infer<typeof createUserBody>) {
  const { db } = services.database;
  if (input.regionCode) {
    const [region] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
    if (!region)
      throw new CliError(
        `unknown region ${input.regionCode}: import it first (linli import regions --prefix ${input.regionCode.slice(0, 2)})`,
      );
  }
  const passwordHash = await hashPassword(input.password);
  return services.database.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`);
    if (taken) throw new CliError(`the username ${input.username} is taken`);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        regionCode: input.regionCode ?? null,
        passwordHash,
      })
      .returning();
    await recordAudit(
      tx,
      { id: null, name: 'linli users create', ip: null },
      {
        action: 'user.created',
        targetType: 'user',
        targetId: user!.id,
        regionCode: user!.regionCode,
        after: { username: user!.username, role: user!.role, regionCode: user!.regionCode },
      },
    );
    return user!;
  });
}
