// /training/courses/:id — the course, its sessions, and (for those who run it) a new session or an edit.
import { Button, Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CourseFormModal } from './CourseFormModal.js';
import { audienceColors, useTrainingLabels } from './labels.js';
import { useCourse, useSessions } from './queries.js';
import { SessionFormModal } from './SessionFormModal.js';
import { SessionTable } from './SessionTable.js';

export function CourseDetailPage() {
  const { id = '' } = useParams();
  const labels = useTrainingLabels();
  const { t } = labels;
  const course = useCourse(id);
  const sessions = useSessions({ courseId: id, pageSize: '200' }, Boolean(course.data));
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);

  if (course.isLoading) return <Skeleton active />;
  if (course.error instanceof ApiError && course.error.status === 404)
    return <Result status="404" title={t('course.notFound')} extra={<Link to="/training">{t('course.backToList')}</Link>} />;
  if (!course.data) return <ErrorAlert error={course.error} />;
  const c = course.data;

  return (
    <>
      <PageHeader
        title={c.title}
        breadcrumbs={[{ title: <Link to="/training">{t('title')}</Link> }, { title: c.title }]}
        extra={
          <Space wrap>
            {c.abilities.update && <Button onClick={() => setEditing(true)}>{t('course.edit')}</Button>}
            {c.abilities.addSession && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('session.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'audiences',
                label: t('course.audiences'),
                children: c.audiences.map((a) => (
                  <Tag key={a} color={audienceColors[a]}>
                    {labels.audience(a)}
                  </Tag>
                )),
              },
              { key: 'region', label: t('course.region'), children: c.regionPath },
              { key: 'provider', label: t('course.provider'), children: c.providerOrganizationName ?? t('common.none') },
              { key: 'personTimes', label: t('course.personTimes'), children: formatNumber(c.personTimes) },
              { key: 'description', label: t('course.description'), span: 2, children: c.description || t('common.none') },
            ]}
          />
        </Card>
        <Card title={`${t('tab.sessions')}（${c.sessionCount}）`}>
          <ErrorAlert error={sessions.error} />
          <SessionTable sessions={sessions.data?.items} loading={sessions.isFetching} showCourse={false} />
        </Card>
      </Space>
      {editing && <CourseFormModal course={c} onClose={() => setEditing(false)} />}
      {adding && <SessionFormModal courseId={c.id} onClose={() => setAdding(false)} />}
    </>
  );
}
