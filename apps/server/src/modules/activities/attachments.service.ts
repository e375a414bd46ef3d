// Photos and documents of an activity, stored in the database with it (10 MiB each, 20 per activity at most).
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { lockActivity } from './activities.repository.js';
import { getActivity } from './activities.service.js';
import { checkAttachment, MAX_ATTACHMENTS_PER_ACTIVITY } from './attachment-types.js';
import * as repository from './attachments.repository.js';

export async function addAttachment(
  services: Services,
  scope: Scope,
  actor: AuditActor,
  activityId: string,
  upload: { filename: string; bytes: Buffer },
): Promise<void> {
  await getActivity(services, scope, activityId);
  const { filename, type } = checkAttachment(upload.filename, upload.bytes);
  await services.database.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (!activity) throw new AppError('not_found');
    if (activity.status === 'cancelled') throw new AppError('activity_not_planned');
    if ((await repository.countAttachments(tx, activityId)) >= MAX_ATTACHMENTS_PER_ACTIVITY)
      throw new AppError('too_many_attachments', { limit: MAX_ATTACHMENTS_PER_ACTIVITY });
    const id = await repository.insertAttachment(tx, {
      activityId,
      filename,
      contentType: type.contentType,
      data: upload.bytes,
      uploadedBy: scope.userId,
    });
    await recordAudit(tx, actor, {
      action: 'activity.attachment_added',
      targetType: 'activity',
      targetId: activityId,
      regionCode: activity.regionCode,
      after: { attachmentId: id, filename, contentType: type.contentType, size: upload.bytes.length },
    });
  });
}

export async function readAttachment(services: Services, scope: Scope, activityId: string, attachmentId: string) {
  await getActivity(services, scope, activityId);
  const file = await repository.findAttachmentFile(services.database.db, activityId, attachmentId);
  if (!file) throw new AppError('not_found');
  return file;
}

export async function removeAttachment(services: Services, scope: Scope, actor: AuditActor, activityId: string, attachmentId: string) {
  await getActivity(services, scope, activityId);
  await services.database.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (!activity) throw new AppError('not_found');
    const removed = await repository.deleteAttachment(tx, activityId, attachmentId);
    if (!removed) throw new AppError('not_found');
    await recordAudit(tx, actor, {
      action: 'activity.attachment_removed',
      targetType: 'activity',
      targetId: activityId,
      regionCode: activity.regionCode,
      before: { attachmentId, filename: removed.filename, size: removed.size },
    });
  });
}
