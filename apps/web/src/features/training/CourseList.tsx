// /training — the courses of the viewer's region (or hub), filtered by region, audience and title.
import type { TrainingCourse } from '@linli/shared';
import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth.js';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { KeywordFilter, MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { CourseFormModal } from './CourseFormModal.js';
import { audienceColors, useTrainingLabels } from './labels.js';
import { useCourses, useHubs } from './queries.js';

export function CourseList() {
  const labels = useTrainingLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const me = useMe();
  const hubs = useHubs(me.role === 'org_leader');
  // an organization's leader runs courses only for a hub they lead
  const canManage = useCan('training:manage') && (me.role !== 'org_leader' || (hubs.data?.items.length ?? 0) > 0);
  const emptyHint = canManage ? t('course.emptyHint') : me.role === 'org_leader' ? t('course.emptyLeader') : t('course.emptyReadOnly');
  const [creating, setCreating] = useState(false);
  const list = useCourses(query);
  const page = Number(query.page ?? 1);

  const columns: TableColumnsType<TrainingCourse> = [
    {
      title: t('course.title'),
      dataIndex: 'title',
      render: (title: string, course) => <Link to={`/training/courses/${course.id}`}>{title}</Link>,
    },
    {
      title: t('course.audiences'),
      dataIndex: 'audiences',
      width: 230,
      render: (audiences: string[]) =>
        audiences.map((a) => (
          <Tag key={a} color={audienceColors[a as keyof typeof audienceColors]}>
            {labels.audience(a)}
          </Tag>
        )),
    },
    { title: t('course.region'), dataIndex: 'regionPath', width: 220 },
    {
      title: t('course.provider'),
      dataIndex: 'providerOrganizationName',
      width: 220,
      render: (name: string | null) => name ?? t('common.none'),
    },
    { title: t('course.sessions'), dataIndex: 'sessionCount', width: 90, align: 'right' },
    { title: t('course.personTimes'), dataIndex: 'personTimes', width: 110, align: 'right', render: (n: number) => formatNumber(n) },
  ];

  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <MultiSelectFilter
          width={220}
          placeholder={t('filter.audience')}
          options={labels.audienceOptions}
          value={query.audience}
          onChange={(audience) => update({ audience })}
        />
        <KeywordFilter width={220} placeholder={t('filter.q')} value={query.q} onSearch={(q) => update({ q })} />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
        {canManage && (
          <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setCreating(true)}>
            {t('course.new')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<TrainingCourse>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          total: list.data?.total ?? 0,
          pageSize: 20,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination) =>
          update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, { keepPage: true })
        }
        locale={{
          emptyText: list.isLoading ? (
            ' '
          ) : (
            <Empty
              description={
                <>
                  <div>{t('course.emptyTitle')}</div>
                  <div>{emptyHint}</div>
                </>
              }
            />
          ),
        }}
      />
      {creating && <CourseFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
