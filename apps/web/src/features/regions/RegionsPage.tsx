// /regions — the region tree one level at a time, from the user's own root down, with a name search.
// The URL holds the state (?parent=310101&q=…&page=2), so a drill-down can be bookmarked and shared.
import type { Region } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Empty, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type Page } from '../../app/api.js';
import { useCan, useMe } from '../../app/auth.js';
import { formatNumber } from '../../app/format.js';
import { regionPathCodes, useRegionDetail } from '../../app/regions-api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RegionKindSelect } from './RegionKindSelect.js';

const PAGE_SIZE = 50;
// Communities (villages) are the last level; above them a region may be opened (an empty one says so).
const hasChildren = (region: Region) => region.level < 5;

export function RegionsPage() {
  const { t } = useTranslation('regions');
  const { t: common } = useTranslation('common');
  const canUpdate = useCan('regions:update');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  // A scoped user starts one level above their own region, so it is the one row to open; the others at the top.
  const home = me.regionCode ? regionPathCodes(me.regionCode).slice(-2, -1)[0] : undefined;
  const parent = params.has('parent') ? params.get('parent') || undefined : home;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;

  const list = useQuery({
    queryKey: ['regions', 'browse', parent ?? '', q, page],
    queryFn: () => api.get<Page<Region>>('/regions', q ? { q, page, pageSize: PAGE_SIZE } : { parent, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const current = useRegionDetail(q ? undefined : parent);

  const go = (next: { parent?: string; q?: string; page?: number }) => {
    const search = new URLSearchParams();
    if (!next.q && next.parent !== home) search.set('parent', next.parent ?? ''); // '' = the top level
    if (next.q) search.set('q', next.q);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  const columns: TableColumnsType<Region> = [
    {
      title: t('column.name'),
      dataIndex: 'name',
      render: (name: string, region) =>
        hasChildren(region) ? <Typography.Link onClick={() => go({ parent: region.code })}>{name}</Typography.Link> : name,
    },
    { title: t('column.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    { title: t('column.level'), dataIndex: 'level', render: (level: number) => common(`regionLevel.${level}`) },
    {
      title: t('column.kind'),
      dataIndex: 'kind',
      render: (kind: Region['kind'], region) =>
        canUpdate && region.level === 5 ? (
          <RegionKindSelect region={region} />
        ) : kind ? (
          <Tag color={kind === 'urban' ? 'blue' : 'green'}>{common(`regionKind.${kind}`)}</Tag>
        ) : (
          common('state.none')
        ),
    },
    { title: t('column.children'), dataIndex: 'childCount', align: 'right', render: (n: number) => formatNumber(n) },
    {
      title: t('column.actions'),
      key: 'actions',
      render: (_: unknown, region) => (
        <Space size="small">
          {hasChildren(region) && (
            <Button size="small" type="link" onClick={() => go({ parent: region.code })}>
              {t('openChildren')}
            </Button>
          )}
          {q && region.parentCode && (
            <Button size="small" type="link" onClick={() => go({ parent: region.parentCode ?? undefined })}>
              {t('showInParent')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const trail = [
    { title: <Typography.Link onClick={() => go({})}>{t('top')}</Typography.Link> },
    ...(current.data?.path ?? []).map((step, index, path) => ({
      title:
        index === path.length - 1 ? step.name : <Typography.Link onClick={() => go({ parent: step.code })}>{step.name}</Typography.Link>,
    })),
  ];

  const emptyText = q ? t('noMatch', { q }) : parent ? t('noChildren') : t('noRegions');

  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subTitle')} breadcrumbs={[{ title: t('title') }]} />
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Input.Search
            key={q /* reset the box when the URL changes */}
            defaultValue={q}
            placeholder={t('searchPlaceholder')}
            allowClear
            enterButton={common('action.search')}
            maxLength={50}
            style={{ maxWidth: 480 }}
            onSearch={(value) => go(value.trim() ? { q: value.trim() } : { parent })}
          />
          {q ? (
            <Space>
              <Typography.Text strong>{t('searchResults', { q })}</Typography.Text>
              <Button size="small" onClick={() => go({ parent })}>
                {t('clearSearch')}
              </Button>
            </Space>
          ) : (
            <Breadcrumb items={trail} />
          )}
          <ErrorAlert error={list.error} />
          <Table<Region>
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 720 }}
            locale={{ emptyText: list.isLoading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              showTotal: (total) => common('pagination.total', { total }),
              onChange: (next) => go({ parent, q, page: next }),
            }}
          />
          {canUpdate && <Typography.Text type="secondary">{t('kindHint')}</Typography.Text>}
        </Space>
      </Card>
    </>
  );
}
