// 重大活动报告 on the activity page: whether the region's packs make it major and why, the report's state, and
// the button to report it (or report it again once returned).
import type { ActivityDetail } from '@linli/shared';
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { reportStatusColors, useActivityLabels } from './labels.js';
import { useActivityAction } from './queries.js';

export function ReportCard({ activity }: { activity: ActivityDetail }) {
  const labels = useActivityLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const file = useActivityAction(activity.id);
  const { major, report } = activity;
  const level = labels.level(major.level ?? report?.level);

  const fileReport = async () => {
    const updated = await file.mutateAsync({ action: 'report', body: { version: activity.version } }).catch(() => null);
    if (updated) message.success(t('action.reported', { level: labels.level(updated.report?.level) }));
  };

  const reasons = major.reasons.map((reason) =>
    reason.kind
      ? t('major.whyKind', { source: reason.source, kind: labels.kind(reason.kind) })
      : t('major.whyThreshold', { source: reason.source, threshold: reason.threshold }),
  );

  return (
    <Card
      title={t('major.title')}
      extra={
        activity.abilities.fileReport && (
          <Button type="primary" loading={file.isPending} onClick={fileReport}>
            {report ? t('action.refileReport') : t('action.fileReport')}
          </Button>
        )
      }
    >
      <ErrorAlert error={file.error} />
      {major.required ? (
        <Space orientation="vertical" size={4} style={{ marginBottom: report ? 16 : 0 }}>
          <Typography.Text strong>{t('major.required', { leadDays: major.leadDays, level })}</Typography.Text>
          <Typography.Text type="secondary">{t('major.why', { reasons: labels.join(reasons) })}</Typography.Text>
          {!report && <Tag color="orange">{t('major.noReport')}</Tag>}
        </Space>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: report ? 16 : 0 }}>
          {t('major.notRequired')}
        </Typography.Paragraph>
      )}
      {report && (
        <>
          {report.voidedByChange && <Typography.Paragraph type="warning">{t('major.voided')}</Typography.Paragraph>}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'status',
                label: t('major.status'),
                children: (
                  <Space size={4}>
                    <Tag color={reportStatusColors[report.status]}>{labels.reportStatus(report.status)}</Tag>
                    {report.late && (
                      <Tag color="red" title={t('major.lateHint', { leadDays: major.leadDays })}>
                        {t('major.late')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              { key: 'level', label: t('major.level'), children: labels.level(report.level) },
              { key: 'reportedBy', label: t('major.reportedBy'), children: report.reportedByName ?? '—' },
              { key: 'reportedAt', label: t('major.reportedAt'), children: formatDateTime(report.reportedAt) },
              { key: 'decidedBy', label: t('major.decidedBy'), children: report.decidedByName ?? '—' },
              { key: 'decidedAt', label: t('major.decidedAt'), children: formatDateTime(report.decidedAt) },
              ...(report.comment ? [{ key: 'comment', label: t('major.comment'), children: report.comment, span: 2 }] : []),
            ]}
          />
        </>
      )}
    </Card>
  );
}
