// Columns of the activity list: title (to the detail page), organization, when, kind and series, head counts,
// status and the major-activity report's state.
import type { Activity } from '@linli/shared';
import { Space, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../app/format.js';
import { activityStatusColors, reportStatusColors, type useActivityLabels } from './labels.js';

type Labels = ReturnType<typeof useActivityLabels>;

/** The report's state, or that a major activity still needs one. */
export function ReportTag({ activity, labels }: { activity: Pick<Activity, 'major' | 'report'>; labels: Labels }) {
  if (activity.report) return <Tag color={reportStatusColors[activity.report.status]}>{labels.reportStatus(activity.report.status)}</Tag>;
  if (activity.major.required) return <Tag color="orange">{labels.t('major.noReport')}</Tag>;
  return null;
}

export function activityColumns(labels: Labels): TableColumnsType<Activity> {
  const { t } = labels;
  return [
    {
      title: t('field.title'),
      dataIndex: 'title',
      key: 'title',
      fixed: 'left',
      width: 220,
      render: (title: string, row) => <Link to={`/activities/${row.id}`}>{title}</Link>,
    },
    { title: t('field.organization'), dataIndex: 'organizationName', key: 'organization', width: 200 },
    {
      title: t('field.startsAt'),
      dataIndex: 'startsAt',
      key: 'startsAt',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('field.kind'),
      key: 'kind',
      width: labels.english ? 260 : 150,
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <span>{labels.kind(row.kind)}</span>
          {row.seriesName && (
            <Tag color="blue" style={{ whiteSpace: 'normal' }}>
              {labels.text(row.seriesName)}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: `${t('field.expectedParticipants')} / ${t('field.actualParticipants')}`,
      key: 'participants',
      width: labels.english ? 190 : 120,
      align: 'right',
      render: (_: unknown, row) => `${formatNumber(row.expectedParticipants)} / ${formatNumber(row.actualParticipants)}`,
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (status: string) => <Tag color={activityStatusColors[status]}>{labels.status(status as Activity['status'])}</Tag>,
    },
    {
      title: t('field.report'),
      key: 'report',
      width: labels.english ? 220 : 120,
      render: (_: unknown, row) => <ReportTag activity={row} labels={labels} />,
    },
    { title: t('field.region'), dataIndex: 'regionPath', key: 'region', width: 260 },
  ];
}
