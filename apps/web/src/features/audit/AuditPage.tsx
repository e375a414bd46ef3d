// /audit — the audit administrator reads the trail (filters in the URL), opens an event's before/after,
// and verifies the hash chain. Nothing here changes data.
import type { AuditEvent } from '@linli/shared';
import { Card, Col, Empty, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AuditFilters } from './AuditFilters.js';
import { JsonBlock } from './JsonBlock.js';
import { useAuditLabels } from './labels.js';
import { useAuditEvents, useVerifyChain, type AuditFilter } from './queries.js';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain.js';

const filterKeys = ['action', 'targetType', 'targetId', 'actor', 'from', 'to'] as const;
const actionColor = (action: string) => (/failed|locked/.test(action) ? 'red' : action.startsWith('auth.') ? 'default' : 'blue');

export function AuditPage() {
  const labels = useAuditLabels();
  const { t } = labels;
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    ...Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? undefined])),
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: Number(params.get('pageSize') ?? '20') || 20,
  };
  const events = useAuditEvents(filter);
  const verify = useVerifyChain();
  const filtered = filterKeys.some((key) => filter[key]);

  const update = (changes: Partial<AuditFilter>) => {
    const next: AuditFilter = { ...filter, page: 1, ...changes };
    const search = new URLSearchParams();
    for (const key of filterKeys) if (next[key]) search.set(key, next[key]);
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== 20) search.set('pageSize', String(next.pageSize));
    setParams(search);
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: '#', dataIndex: 'id', width: 80 },
    { title: t('column.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at, true) },
    {
      title: t('column.actor'),
      dataIndex: 'actorName',
      render: (name: string | null, event) => name ?? event.actorId ?? <Typography.Text type="secondary">{t('system')}</Typography.Text>,
    },
    {
      title: t('column.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Tag color={actionColor(action)} title={action}>
          {labels.action(action)}
        </Tag>
      ),
    },
    {
      title: t('column.target'),
      key: 'target',
      render: (_: unknown, event) => (
        <>
          {labels.targetType(event.targetType)}
          {event.targetId && (
            <Typography.Text type="secondary" copyable={{ text: event.targetId }} style={{ marginInlineStart: 8, fontSize: 12 }}>
              {event.targetId.length > 13 ? `${event.targetId.slice(0, 8)}…` : event.targetId}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('column.region'), dataIndex: 'regionCode', render: (code: string | null) => code ?? '—' },
    { title: t('column.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subTitle')}
        breadcrumbs={[{ title: t('title') }]}
        extra={<VerifyChainButton verify={verify} />}
      />
      <VerifyChainResult verify={verify} />
      <Card>
        <AuditFilters filter={filter} onChange={update} onReset={filtered ? () => setParams(new URLSearchParams()) : undefined} />
        <ErrorAlert error={events.error} />
        <Table<AuditEvent>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={events.data?.items}
          loading={events.isFetching}
          scroll={{ x: 1000 }}
          expandable={{
            rowExpandable: (event) => event.before !== null || event.after !== null,
            expandedRowRender: (event) => (
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <JsonBlock title={t('before')} value={event.before} />
                </Col>
                <Col xs={24} lg={12}>
                  <JsonBlock title={t('after')} value={event.after} />
                </Col>
              </Row>
            ),
          }}
          locale={{
            emptyText: events.isLoading ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('empty') : t('emptyAll')} />
            ),
          }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => labels.t('common:pagination.total', { total }),
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
