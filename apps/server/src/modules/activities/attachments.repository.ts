// Queries of activity attachments. The caller has found the activity within the actor's scope first.
// The bytes travel as base64 text: PGlite stores and reads a large bytea value far slower than text (decision 0015).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { activityAttachments, users } from '../../db/schema.js';

const listColumns = {
  id: activityAttachments.id,
  activityId: activityAttachments.activityId,
  filename: activityAttachments.filename,
  contentType: activityAttachments.contentType,
  size: activityAttachments.size,
  uploadedByName: users.displayName,
  createdAt: activityAttachments.createdAt,
};

export interface AttachmentRecord {
  id: string;
  activityId: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedByName: string | null;
  createdAt: Date;
}

export async function listAttachments(db: Db, activityId: string): Promise<AttachmentRecord[]> {
  return db
    .select(listColumns)
    .from(activityAttachments)
    .leftJoin(users, eq(users.id, activityAttachments.uploadedBy))
    .where(eq(activityAttachments.activityId, activityId))
    .orderBy(asc(activityAttachments.createdAt), asc(activityAttachments.id));
}

export async function countAttachments(tx: Db, activityId: string): Promise<number> {
  const [{ total }] = await tx.select({ total: count() }).from(activityAttachments).where(eq(activityAttachments.activityId, activityId));
  return Number(total);
}

export async function insertAttachment(
  tx: Db,
  values: { activityId: string; filename: string; contentType: string; data: Buffer; uploadedBy: string },
): Promise<string> {
  const rows = (await tx.execute(sql`
    INSERT INTO activity_attachments (activity_id, filename, content_type, size, data, uploaded_by)
    VALUES (${values.activityId}, ${values.filename}, ${values.contentType}, ${values.data.length},
      decode(${values.data.toString('base64')}, 'base64'), ${values.uploadedBy})
    RETURNING id`)) as unknown as { id: string }[];
  return rows[0]!.id;
}

export async function findAttachmentFile(db: Db, activityId: string, id: string) {
  const [row] = await db
    .select({
      filename: activityAttachments.filename,
      contentType: activityAttachments.contentType,
      base64: sql<string>`encode(${activityAttachments.data}, 'base64')`,
    })
    .from(activityAttachments)
    .where(and(eq(activityAttachments.id, id), eq(activityAttachments.activityId, activityId)));
  return row ? { filename: row.filename, contentType: row.contentType, data: Buffer.from(row.base64, 'base64') } : undefined;
}

export async function deleteAttachment(tx: Db, activityId: string, id: string) {
  const [row] = await tx
    .delete(activityAttachments)
    .where(and(eq(activityAttachments.id, id), eq(activityAttachments.activityId, activityId)))
    .returning({ filename: activityAttachments.filename, size: activityAttachments.size });
  return row;
}
