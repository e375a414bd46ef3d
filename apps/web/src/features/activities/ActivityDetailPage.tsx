// /activities/:id — the activity, what may be done with it next (and why "mark as held" may not be yet), its
// major-activity report and its photos and documents.
import type { ActivityDetail } from '@linli/shared';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatDateTime, formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AttachmentsCard } from './AttachmentsCard.js';
import { HeldModal } from './HeldModal.js';
import { ReportCard } from './ReportCard.js';
import { activityStatusColors, useActivityLabels } from './labels.js';
import { useActivity, useActivityAction } from './queries.js';

function ActivityDescriptions({ activity }: { activity: ActivityDetail }) {
  const labels = useActivityLabels();
  const { t } = labels;
  const beneficiaries = Object.entries(activity.beneficiaries);
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'organization', label: t('field.organization'), children: activity.organizationName },
        { key: 'region', label: t('field.region'), children: activity.regionPath },
        { key: 'kind', label: t('field.kind'), children: labels.kind(activity.kind) },
        {
          key: 'series',
          label: t('field.series'),
          children: activity.seriesName ? <Tag color="blue">{labels.text(activity.seriesName)}</Tag> : '—',
        },
        { key: 'time', label: t('field.time'), children: `${formatDateTime(activity.startsAt)} — ${formatDateTime(activity.endsAt)}` },
        { key: 'venue', label: t('field.venue'), children: activity.venue || '—' },
        { key: 'expected', label: t('field.expectedParticipants'), children: formatNumber(activity.expectedParticipants) },
        { key: 'actual', label: t('field.actualParticipants'), children: formatNumber(activity.actualParticipants) },
        {
          key: 'beneficiaries',
          label: t('field.beneficiaries'),
          children: beneficiaries.length ? labels.join(beneficiaries.map(([group, n]) => `${group} ${formatNumber(n)}`)) : '—',
        },
        { key: 'public', label: t('field.isPublic'), children: activity.isPublic ? '✓' : '—' },
        { key: 'summary', label: t('field.summary'), children: activity.summary || '—', span: 2 },
      ]}
    />
  );
}

export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const labels = useActivityLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const { data: activity, error, isLoading } = useActivity(id);
  const cancel = useActivityAction(id);
  const [holding, setHolding] = useState(false);

  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/activities">{t('detail.backToList')}</Link>} />;
  if (!activity) return <ErrorAlert error={error} />;

  const { abilities, heldBlockedBy } = activity;
  const blockedText = heldBlockedBy ? t(`blocked.${heldBlockedBy}`, { level: labels.level(activity.major.level) }) : null;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {activity.title}
            <Tag color={activityStatusColors[activity.status]}>{labels.status(activity.status)}</Tag>
          </Space>
        }
        breadcrumbs={[{ title: <Link to="/activities">{t('title')}</Link> }, { title: activity.title }]}
        extra={
          <Space wrap>
            {abilities.cancel && (
              <Popconfirm
                title={t('action.cancelConfirm', { title: activity.title })}
                okText={t('action.cancel')}
                cancelText={t('action.keep')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  cancel.mutateAsync({ action: 'cancel', body: { version: activity.version } }).then(
                    () => message.success(t('action.cancelled')),
                    () => undefined,
                  )
                }
              >
                <Button danger>{t('action.cancel')}</Button>
              </Popconfirm>
            )}
            {abilities.update && (
              <Link to={`/activities/${activity.id}/edit`}>
                <Button>{t('edit')}</Button>
              </Link>
            )}
            {abilities.markHeld && (
              <Tooltip title={blockedText}>
                <Button type="primary" disabled={heldBlockedBy !== null} onClick={() => setHolding(true)}>
                  {t('action.markHeld')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      <ErrorAlert error={cancel.error} />
      {abilities.markHeld && blockedText && (
        <Alert type={heldBlockedBy === 'not_started' ? 'info' : 'warning'} showIcon title={blockedText} style={{ marginBottom: 16 }} />
      )}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('detail.basics')}>
          <ActivityDescriptions activity={activity} />
        </Card>
        <ReportCard activity={activity} />
        <AttachmentsCard activity={activity} />
      </Space>
      {holding && <HeldModal activity={activity} open={holding} onClose={() => setHolding(false)} />}
    </>
  );
}
