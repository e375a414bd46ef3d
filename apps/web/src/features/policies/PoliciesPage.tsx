// /policies — the policy packs the platform measures against, with the way to bindings and re-tagging.
import type { PolicySummary } from '@linli/shared';
import { Button, Card, Empty, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { useBinding, usePolicies } from './queries.js';

export function PoliciesPage() {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const canBind = useCan('policies:bind');
  const canRetag = useCan('organizations:retag');
  const policies = usePolicies();
  const me = useMe();
  const binding = useBinding(me.regionCode ?? '');
  const adopted = new Set([...(binding.data?.own ?? []), ...(binding.data?.inherited.map((entry) => entry.policy) ?? [])]);

  const columns: TableColumnsType<PolicySummary> = [
    {
      title: t('list.title'),
      dataIndex: 'title',
      render: (_: unknown, pack) => <Link to={`/policies/${pack.id}`}>{labels.text(pack.title)}</Link>,
    },
    { title: t('list.documentNumber'), dataIndex: 'documentNumber', width: 190 },
    { title: t('list.issuer'), dataIndex: 'issuer', width: 200, render: (_: unknown, pack) => labels.text(pack.issuer) },
    { title: t('list.issuedOn'), dataIndex: 'issuedOn', width: 120, render: (value: string) => formatDate(value) },
    { title: t('list.indicators'), dataIndex: 'indicatorCount', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
    {
      title: t('list.adopted', { region: me.regionName ?? t('list.country') }),
      key: 'adopted',
      width: 150,
      render: (_: unknown, pack) => (adopted.has(pack.id) ? <Tag color="green">{t('list.adoptedYes')}</Tag> : null),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subTitle={t('subTitle')}
        breadcrumbs={[{ title: t('title') }]}
        extra={
          <Space>
            {canBind && (
              <Link to="/policies/bindings">
                <Button>{t('bindings')}</Button>
              </Link>
            )}
            {canRetag && (
              <Link to="/policies/retagging">
                <Button>{t('retagging')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <ErrorAlert error={policies.error} />
      <Card>
        <Table<PolicySummary>
          rowKey="id"
          columns={columns}
          dataSource={policies.data}
          loading={policies.isLoading}
          pagination={false}
          scroll={{ x: 1010 }}
          locale={{ emptyText: policies.isLoading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.empty')} /> }}
        />
      </Card>
    </>
  );
}
