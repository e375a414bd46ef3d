// /nearby-activities — 附近的活动: the public activities of the organizations of the viewer's street, coming ones
// first; past ones on the second tab. Organizations and places only, no people.
import { CalendarOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import type { PublicActivity } from '@linli/shared';
import { Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { activityStatusColors, useActivityLabels } from './labels.js';
import { useNearbyActivities } from './queries.js';

function NearbyCard({ activity }: { activity: PublicActivity }) {
  const labels = useActivityLabels();
  const { t } = labels;
  return (
    <Card
      size="small"
      title={activity.title}
      extra={<Tag color={activityStatusColors[activity.status]}>{labels.status(activity.status)}</Tag>}
      style={{ height: '100%' }}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text>
          <CalendarOutlined /> {formatDateTime(activity.startsAt)} — {formatDateTime(activity.endsAt)}
        </Typography.Text>
        <Typography.Text>
          <EnvironmentOutlined /> {activity.venue || '—'}（{activity.regionName}）
        </Typography.Text>
        <Typography.Text type="secondary">
          <TeamOutlined /> {t('nearby.organizer')}：{activity.organizationName}
        </Typography.Text>
        <Space size={4} wrap>
          <Tag>{labels.kind(activity.kind)}</Tag>
          {activity.seriesName && <Tag color="blue">{labels.text(activity.seriesName)}</Tag>}
        </Space>
        {activity.summary && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
            {activity.summary}
          </Typography.Paragraph>
        )}
      </Space>
    </Card>
  );
}

export function NearbyActivitiesPage() {
  const { t } = useActivityLabels();
  const { query, update } = useUrlQuery();
  const when = query.when === 'past' ? 'past' : 'upcoming';
  const page = Number(query.page ?? 1);
  const nearby = useNearbyActivities({ when, page: String(page), pageSize: '12' });

  return (
    <>
      <PageHeader
        title={t('nearby.title')}
        subTitle={t('nearby.subTitle')}
        extra={
          <Segmented
            value={when}
            options={[
              { value: 'upcoming', label: t('nearby.upcoming') },
              { value: 'past', label: t('nearby.past') },
            ]}
            onChange={(value) => update({ when: value === 'past' ? 'past' : undefined })}
          />
        }
      />
      <ErrorAlert error={nearby.error} />
      <List<PublicActivity>
        grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
        loading={nearby.isLoading}
        dataSource={nearby.data?.items}
        locale={{ emptyText: <Empty description={when === 'past' ? t('nearby.emptyPast') : t('nearby.empty')} /> }}
        pagination={
          (nearby.data?.total ?? 0) > 12
            ? {
                current: page,
                pageSize: 12,
                total: nearby.data?.total,
                showTotal: (total) => t('nearby.total', { count: total }),
                onChange: (current) => update({ page: current > 1 ? String(current) : undefined }, { keepPage: true }),
              }
            : false
        }
        renderItem={(activity) => (
          <List.Item>
            <NearbyCard activity={activity} />
          </List.Item>
        )}
      />
    </>
  );
}
