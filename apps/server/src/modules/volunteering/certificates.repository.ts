import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { volunteerCertificates } from '../../db/schema.js';

export type CertificateRow = typeof volunteerCertificates.$inferSelect;

export async function insertCertificate(tx: Db, values: typeof volunteerCertificates.$inferInsert): Promise<CertificateRow> {
  const [row] = await tx.insert(volunteerCertificates).values(values).returning();
  return row!;
}

/** A volunteer's own certificates, newest first. */
export async function listCertificates(db: Db, volunteerId: string, limit: number, offset: number) {
  const where = eq(volunteerCertificates.volunteerId, volunteerId);
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(volunteerCertificates)
      .where(where)
      .orderBy(desc(volunteerCertificates.issuedAt), desc(volunteerCertificates.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(volunteerCertificates).where(where),
  ]);
  return { items, total: Number(total) };
}

export async function findCertificate(db: Db, volunteerId: string, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(volunteerCertificates)
    .where(and(eq(volunteerCertificates.id, id), eq(volunteerCertificates.volunteerId, volunteerId)));
  return row;
}

/** Anyone may check a code (the public page): unscoped by design, the code itself is the secret. */
export async function findCertificateByCode(db: Db, code: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(volunteerCertificates).where(eq(volunteerCertificates.code, code));
  return row;
}
