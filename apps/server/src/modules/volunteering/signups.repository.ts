import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { serviceRecords, users, volunteers, volunteerSignups } from '../../db/schema.js';

export type SignupRow = typeof volunteerSignups.$inferSelect;

export async function findSignup(tx: Db, needId: string, volunteerId: string): Promise<SignupRow | undefined> {
  const [row] = await tx
    .select()
    .from(volunteerSignups)
    .where(and(eq(volunteerSignups.needId, needId), eq(volunteerSignups.volunteerId, volunteerId)));
  return row;
}

export async function insertSignup(tx: Db, needId: string, volunteerId: string): Promise<SignupRow> {
  const [row] = await tx.insert(volunteerSignups).values({ needId, volunteerId }).returning();
  return row!;
}

/** Withdraws a sign-up, or renews a withdrawn one (it then counts from now, as a new sign-up would). */
export async function setSignupStatus(tx: Db, id: string, status: SignupRow['status']): Promise<SignupRow> {
  const [row] = await tx
    .update(volunteerSignups)
    .set(status === 'signed_up' ? { status, createdAt: sql`now()` } : { status })
    .where(eq(volunteerSignups.id, id))
    .returning();
  return row!;
}

/** The sign-ups of a need with the volunteers and their confirmed records; the caller checked the need's scope. */
export async function listSignups(db: Db, needId: string) {
  return db
    .select({
      signup: volunteerSignups,
      name: users.displayName,
      phoneEnc: volunteers.phoneEnc,
      skills: volunteers.skills,
      recordId: serviceRecords.id,
      recordHours: serviceRecords.hours,
      recordPoints: serviceRecords.points,
      recordConfirmedAt: serviceRecords.confirmedAt,
    })
    .from(volunteerSignups)
    .innerJoin(volunteers, eq(volunteers.id, volunteerSignups.volunteerId))
    .innerJoin(users, eq(users.id, volunteers.userId))
    .leftJoin(
      serviceRecords,
      and(eq(serviceRecords.needId, volunteerSignups.needId), eq(serviceRecords.volunteerId, volunteerSignups.volunteerId)),
    )
    .where(eq(volunteerSignups.needId, needId))
    .orderBy(asc(volunteerSignups.createdAt), asc(volunteerSignups.id));
}

export type SignupListRow = Awaited<ReturnType<typeof listSignups>>[number];
