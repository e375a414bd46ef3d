// Sessions as a table: time, course, venue, region and person-times; each leads to its sign-in sheet.
import type { TrainingSession } from '@linli/shared';
import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../app/format.js';
import { useTrainingLabels } from './labels.js';

interface Props {
  sessions: TrainingSession[] | undefined;
  loading: boolean;
  /** The course column is left out on the course's own page */
  showCourse?: boolean;
  pagination?: TableProps<TrainingSession>['pagination'];
  onChange?: TableProps<TrainingSession>['onChange'];
}

export function SessionTable({ sessions, loading, showCourse = true, pagination = false, onChange }: Props) {
  const { t } = useTrainingLabels();
  const columns: TableColumnsType<TrainingSession> = [
    {
      title: t('session.time'),
      key: 'time',
      width: 240,
      render: (_, s) => (
        <Link to={`/training/sessions/${s.id}`}>
          {formatDateTime(s.startsAt)} – {formatDateTime(s.endsAt).slice(11)}
        </Link>
      ),
    },
    ...(showCourse
      ? [
          {
            title: t('session.course'),
            dataIndex: 'courseTitle',
            render: (title: string, s: TrainingSession) => <Link to={`/training/courses/${s.courseId}`}>{title}</Link>,
          },
        ]
      : []),
    { title: t('session.venue'), dataIndex: 'venue', render: (venue: string) => venue || t('common.none') },
    { title: t('course.region'), dataIndex: 'regionName', width: 220 },
    { title: t('session.attendance'), dataIndex: 'attendance', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  ];
  return (
    <Table<TrainingSession>
      rowKey="id"
      columns={columns}
      dataSource={sessions}
      loading={loading}
      scroll={{ x: 900 }}
      pagination={pagination}
      onChange={onChange}
      locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('session.empty')} /> }}
    />
  );
}
