// Photos and documents of an activity: upload (the server judges the type by the bytes), download, delete.
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { ActivityDetail } from '@linli/shared';
import { App, Button, Card, Empty, List, Popconfirm, Typography, Upload } from 'antd';
import { api, ApiError } from '../../app/api.js';
import { formatDateTime } from '../../app/format.js';
import { useActivityLabels } from './labels.js';
import { useRemoveAttachment, useUploadAttachment } from './queries.js';

const kib = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function AttachmentsCard({ activity }: { activity: ActivityDetail }) {
  const { t } = useActivityLabels();
  const { message, notification } = App.useApp();
  const upload = useUploadAttachment(activity.id);
  const remove = useRemoveAttachment(activity.id);
  const problem = (error: unknown) =>
    notification.error({
      title: error instanceof ApiError ? error.title : String(error),
      description: error instanceof ApiError ? error.detail : undefined,
      placement: 'bottomRight',
    });

  return (
    <Card
      title={t('detail.attachments')}
      extra={
        activity.abilities.attach && (
          <Upload
            showUploadList={false}
            multiple
            customRequest={({ file, onSuccess, onError }) =>
              upload.mutateAsync(file as File).then(
                (result) => {
                  message.success(t('detail.uploaded', { name: (file as File).name }));
                  onSuccess?.(result);
                },
                (error: Error) => {
                  problem(error);
                  onError?.(error);
                },
              )
            }
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('detail.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {activity.abilities.attach && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('detail.uploadHint')}
        </Typography.Paragraph>
      )}
      {activity.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noAttachments')} />
      ) : (
        <List
          dataSource={activity.attachments}
          renderItem={(attachment) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    api.download(`/activities/${activity.id}/attachments/${attachment.id}`, attachment.filename).catch(problem)
                  }
                >
                  {t('detail.download')}
                </Button>,
                ...(activity.abilities.attach
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('detail.removeConfirm', { name: attachment.filename })}
                        onConfirm={() => remove.mutateAsync(attachment.id).then(() => message.success(t('detail.removed')), problem)}
                      >
                        <Button type="link" danger icon={<DeleteOutlined />}>
                          {t('detail.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                avatar={<PaperClipOutlined />}
                title={attachment.filename}
                description={`${kib(attachment.size)} · ${t('detail.uploadedBy', { name: attachment.uploadedByName ?? '—', at: formatDateTime(attachment.createdAt) })}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
