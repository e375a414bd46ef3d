// /training/sessions/:id — a session, its sign-in sheet, and (once it has begun, for those who run it) the entry form.
import type { TrainingAttendance } from '@linli/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AttendanceEntry } from './AttendanceEntry.js';
import { audienceColors, useTrainingLabels } from './labels.js';
import { useRemoveAttendance, useSession, useSheet } from './queries.js';

export function SessionDetailPage() {
  const { id = '' } = useParams();
  const labels = useTrainingLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const session = useSession(id);
  const sheet = useSheet(id);
  const remove = useRemoveAttendance();

  if (session.isLoading) return <Skeleton active />;
  if (session.error instanceof ApiError && session.error.status === 404)
    return <Result status="404" title={t('session.notFound')} extra={<Link to="/training/sessions">{t('tab.sessions')}</Link>} />;
  if (!session.data) return <ErrorAlert error={session.error} />;
  const s = session.data;
  const started = new Date(s.startsAt) <= new Date();

  const columns: TableColumnsType<TrainingAttendance> = [
    { title: '#', key: 'index', width: 56, render: (_, __, index) => index + 1 },
    { title: t('sheet.name'), dataIndex: 'attendeeName', width: 140 },
    {
      title: t('sheet.audience'),
      dataIndex: 'audience',
      width: 170,
      render: (a: TrainingAttendance['audience']) => <Tag color={audienceColors[a]}>{labels.audience(a)}</Tag>,
    },
    { title: t('sheet.organization'), dataIndex: 'organizationName', render: (name: string | null) => name ?? t('common.none') },
    { title: t('sheet.recordedAt'), dataIndex: 'recordedAt', width: 170, render: (at: string) => formatDateTime(at) },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_, row) =>
        row.abilities.remove && (
          <Popconfirm
            title={t('sheet.removeConfirm')}
            onConfirm={() => remove.mutateAsync(row.id).then(() => message.success(t('sheet.removed')))}
          >
            <Button type="link" danger size="small">
              {t('sheet.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={`${s.courseTitle} · ${formatDateTime(s.startsAt).slice(0, 10)}`}
        breadcrumbs={[
          { title: <Link to="/training">{t('title')}</Link> },
          { title: <Link to={`/training/courses/${s.courseId}`}>{s.courseTitle}</Link> },
          { title: formatDateTime(s.startsAt) },
        ]}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'time', label: t('session.time'), children: `${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt)}` },
              { key: 'venue', label: t('session.venue'), children: s.venue || t('common.none') },
              { key: 'region', label: t('course.region'), children: s.regionName },
              {
                key: 'audiences',
                label: t('course.audiences'),
                children: s.audiences.map((a) => (
                  <Tag key={a} color={audienceColors[a]}>
                    {labels.audience(a)}
                  </Tag>
                )),
              },
              { key: 'provider', label: t('course.provider'), children: s.providerOrganizationName ?? t('common.none') },
              { key: 'attendance', label: t('session.attendance'), children: s.attendance },
            ]}
          />
        </Card>
        {s.abilities.recordAttendance &&
          (started ? <AttendanceEntry session={s} /> : <Alert type="info" showIcon title={t('session.notStarted')} />)}
        <Card title={`${t('sheet.title')}（${sheet.data?.length ?? 0}）`}>
          <ErrorAlert error={sheet.error ?? remove.error} />
          <Table<TrainingAttendance>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={sheet.data}
            loading={sheet.isFetching}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: sheet.isLoading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sheet.empty')} /> }}
          />
        </Card>
      </Space>
    </>
  );
}
