// The targets dashboard of one region (?region=, default the user's own) with a tab per adopted pack (?policy=).
// Shown at / for staff (with `before`, e.g. the reviewers' queue card) and at /dashboard, where drill-downs go.
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Space, Tabs, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import './charts/echarts-parts.js';
import { useIndicatorLabels } from './labels.js';
import { exportLink } from './links.js';
import { NoPackEmpty } from './NoPackEmpty.js';
import { PackPanel, PackPanelSkeletonRow } from './PackPanel.js';
import { PartyCoverageCard } from './PartyCoverageCard.js';
import { useIndicators } from './queries.js';
import { RegionTrail } from './RegionTrail.js';

export function Dashboard({ before }: { before?: ReactNode }) {
  const labels = useIndicatorLabels();
  const { t } = labels;
  const [params, setParams] = useSearchParams();
  // '' is the whole country; no parameter at all is the user's own region
  const region = params.has('region') ? (params.get('region') ?? '') : undefined;
  const policy = params.get('policy') ?? undefined;
  const indicators = useIndicators(region);
  const data = indicators.data;
  const active = data?.packs.find((pack) => pack.id === policy) ?? data?.packs[0];

  const selectPack = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('policy', id);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={data ? `${t('title')} · ${labels.regionName(data.region)}` : t('title')}
        subTitle={data ? `${t('subTitle')} · ${t('evaluatedAt', { time: formatDateTime(data.evaluatedAt) })}` : t('subTitle')}
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              loading={indicators.isFetching}
              onClick={() => void indicators.refetch()}
              aria-label={t('retry')}
            />
            <Tooltip title={t('exportHint')}>
              <Button type="primary" icon={<DownloadOutlined />} href={exportLink(region)} disabled={!data || data.packs.length === 0}>
                {t('export')}
              </Button>
            </Tooltip>
          </Space>
        }
      />
      {before}
      {data && <RegionTrail region={data.region} policy={active?.id} labels={labels} />}
      <ErrorAlert
        error={indicators.error}
        action={
          <Button size="small" onClick={() => void indicators.refetch()}>
            {t('retry')}
          </Button>
        }
      />
      {indicators.isLoading && (
        <Card>
          <Skeleton active title paragraph={{ rows: 1 }} />
          <PackPanelSkeletonRow />
        </Card>
      )}
      {data && data.packs.length === 0 && <NoPackEmpty region={data.region.code} labels={labels} />}
      {data && active && (
        <Tabs
          activeKey={active.id}
          onChange={selectPack}
          items={data.packs.map((pack) => ({
            key: pack.id,
            label: (
              <Flex vertical gap={0} style={{ lineHeight: 1.4, textAlign: 'start', maxWidth: 360 }} title={labels.text(pack.title)}>
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{labels.text(pack.title)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {pack.documentNumber}
                </Typography.Text>
              </Flex>
            ),
            children: pack.id === active.id ? <PackPanel data={data} pack={pack} region={region} labels={labels} /> : null,
          }))}
        />
      )}
      {data && <PartyCoverageCard region={region} policy={active?.id} labels={labels} />}
    </>
  );
}
