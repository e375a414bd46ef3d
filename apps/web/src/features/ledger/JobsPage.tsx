// /jobs — the user's own imports and exports, newest first. Running jobs refresh by themselves; an import
// opens its wizard where it stands, a finished export downloads.
import type { LedgerExport, LedgerImport } from '@linli/shared';
import { Button, Card, Empty, Flex, Progress, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { formatDateTime, formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { busyStatuses, exportStatusColors, importStatusColors, useLedgerLabels, type LedgerLabels } from './labels.js';
import { exportFileUrl, useExportList, useImportList } from './queries.js';

function ProgressCell({ status, progress }: { status: string; progress: { done: number; total: number } }) {
  if (!busyStatuses.has(status)) return null;
  const { done, total } = progress;
  return (
    <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} size="small" status="active" style={{ width: 160, margin: 0 }} />
  );
}

function importColumns(labels: LedgerLabels): TableColumnsType<LedgerImport> {
  const { t } = labels;
  return [
    {
      title: t('jobs.filename'),
      dataIndex: 'filename',
      ellipsis: true,
      render: (filename: string, job) =>
        job.status === 'discarded' ? filename : <Link to={`/organizations/import/${job.id}`}>{filename}</Link>,
    },
    { title: t('jobs.region'), dataIndex: 'regionName', width: 160 },
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      width: 120,
      render: (status: string) => <Tag color={importStatusColors[status]}>{labels.importStatus(status)}</Tag>,
    },
    {
      title: t('jobs.result'),
      key: 'result',
      width: 300,
      render: (_, job) => {
        if (busyStatuses.has(job.status)) return <ProgressCell status={job.status} progress={job.progress} />;
        if (job.status === 'failed') return <Typography.Text type="danger">{job.failure?.title}</Typography.Text>;
        if (!job.summary || job.status === 'discarded') return null;
        return <Typography.Text type="secondary">{t('jobs.summary', job.summary)}</Typography.Text>;
      },
    },
    { title: t('jobs.createdAt'), dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: t('jobs.actions'),
      key: 'actions',
      width: 100,
      render: (_, job) =>
        job.status === 'discarded' ? null : (
          <Link to={`/organizations/import/${job.id}`}>
            {job.status === 'committed' || job.status === 'failed' ? t('jobs.view') : t('jobs.continue')}
          </Link>
        ),
    },
  ];
}

function exportColumns(labels: LedgerLabels): TableColumnsType<LedgerExport> {
  const { t } = labels;
  return [
    {
      title: t('jobs.filename'),
      dataIndex: 'filename',
      ellipsis: true,
      render: (filename: string, job) => (
        <Space size={4}>
          <span>{filename}</span>
          {job.includePersonalData && <Tag color="orange">{t('jobs.personal')}</Tag>}
        </Space>
      ),
    },
    { title: t('jobs.list'), dataIndex: 'list', width: 120, render: (list: string) => labels.list(list) },
    { title: t('jobs.format'), dataIndex: 'format', width: 80, render: (format: string) => format.toUpperCase() },
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => <Tag color={exportStatusColors[status]}>{labels.exportStatus(status)}</Tag>,
    },
    {
      title: t('jobs.result'),
      key: 'result',
      width: 200,
      render: (_, job) => {
        if (job.status === 'running') return <ProgressCell status={job.status} progress={job.progress} />;
        if (job.status === 'failed') return <Typography.Text type="danger">{job.failure?.title}</Typography.Text>;
        return <Typography.Text type="secondary">{t('jobs.rows', { rows: formatNumber(job.rows ?? 0) })}</Typography.Text>;
      },
    },
    { title: t('jobs.createdAt'), dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: t('jobs.actions'),
      key: 'actions',
      width: 100,
      render: (_, job) =>
        job.status === 'done' ? (
          <a href={exportFileUrl(job.id)} download={job.filename}>
            {t('jobs.download')}
          </a>
        ) : null,
    },
  ];
}

export function JobsPage() {
  const labels = useLedgerLabels();
  const { t } = labels;
  const canImport = useCan('organizations:import');
  const [importPage, setImportPage] = useState(1);
  const [exportPage, setExportPage] = useState(1);
  const imports = useImportList(importPage, canImport);
  const exports = useExportList(exportPage);

  return (
    <>
      <PageHeader title={t('jobs.title')} subTitle={t(canImport ? 'jobs.subTitle' : 'jobs.subTitleExports')} />
      <Flex vertical gap={16}>
        {canImport && (
          <Card
            title={t('jobs.imports')}
            extra={
              <Link to="/organizations/import">
                <Button type="primary">{t('importButton')}</Button>
              </Link>
            }
          >
            <ErrorAlert error={imports.error} />
            <Table<LedgerImport>
              rowKey="id"
              size="middle"
              columns={importColumns(labels)}
              dataSource={imports.data?.items}
              loading={imports.isLoading}
              scroll={{ x: 1000 }}
              pagination={{
                current: importPage,
                pageSize: 10,
                total: imports.data?.total ?? 0,
                hideOnSinglePage: true,
                onChange: setImportPage,
              }}
              locale={{ emptyText: imports.isLoading ? ' ' : <Empty description={t('jobs.noImports')} /> }}
            />
          </Card>
        )}
        <Card title={t('jobs.exports')}>
          <ErrorAlert error={exports.error} />
          <Table<LedgerExport>
            rowKey="id"
            size="middle"
            columns={exportColumns(labels)}
            dataSource={exports.data?.items}
            loading={exports.isLoading}
            scroll={{ x: 900 }}
            pagination={{
              current: exportPage,
              pageSize: 10,
              total: exports.data?.total ?? 0,
              hideOnSinglePage: true,
              onChange: setExportPage,
            }}
            locale={{
              emptyText: exports.isLoading ? (
                ' '
              ) : (
                <Empty
                  description={
                    <>
                      <div>{t('jobs.noExports')}</div>
                      <div>{t('jobs.exportHint')}</div>
                    </>
                  }
                />
              ),
            }}
          />
        </Card>
      </Flex>
    </>
  );
}
