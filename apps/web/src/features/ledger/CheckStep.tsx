// Step ③ of the import wizard: the dry run's progress, then its report — how many rows would be created,
// updated, left unchanged or refused, the rows themselves, the report spreadsheet, and the commit. With
// errors, "import all" is closed (the server would answer 422); importing only the valid rows is an explicit,
// confirmed choice, and correcting the file is the suggested way.
import { rowOutcomes, type ImportSummary, type LedgerImport, type RowOutcome } from '@linli/shared';
import { Alert, Button, Card, Col, Flex, Popconfirm, Progress, Row, Space, Statistic, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api.js';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ImportRowsTable } from './ImportRowsTable.js';
import { useLedgerLabels } from './labels.js';
import { useCommitImport, useDiscardImport } from './queries.js';

const outcomeColors: Record<RowOutcome, string | undefined> = {
  create: '#389e0d',
  update: '#1664c0',
  unchanged: undefined,
  error: '#cf1322',
};

export function JobProgress({ job, label }: { job: LedgerImport; label: string }) {
  const { t } = useLedgerLabels();
  const { done, total } = job.progress;
  return (
    <Flex vertical align="center" gap={8} style={{ padding: '32px 0' }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} status="active" style={{ maxWidth: 480 }} />
      <Typography.Text type="secondary">
        {total > 0 ? t('check.progress', { done: formatNumber(done), total: formatNumber(total) }) : ' '}
      </Typography.Text>
    </Flex>
  );
}

function SummaryCards({ summary }: { summary: ImportSummary }) {
  const { t } = useLedgerLabels();
  return (
    <Row gutter={[16, 16]}>
      {rowOutcomes.map((outcome) => (
        <Col key={outcome} xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t(`check.${outcome}`)}
              value={summary[outcome]}
              suffix={t('check.rowsUnit')}
              styles={{ content: { color: summary[outcome] > 0 ? outcomeColors[outcome] : undefined } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function CheckStep({ job, onEditMapping }: { job: LedgerImport; onEditMapping: () => void }) {
  const labels = useLedgerLabels();
  const { t } = labels;
  const navigate = useNavigate();
  const commit = useCommitImport(job.id);
  const discard = useDiscardImport();
  const [reportError, setReportError] = useState<unknown>(null);
  const summary = job.summary;
  const [chosenTab, setTab] = useState<RowOutcome | null>(null);

  if (job.status === 'analyzing' || !summary) return <JobProgress job={job} label={t('check.analyzing')} />;

  // errors first, when there are any; otherwise what the import would change
  const tab = chosenTab ?? (summary.error > 0 ? 'error' : summary.create === 0 && summary.update > 0 ? 'update' : 'create');
  const errors = summary.error;
  const valid = summary.rows - errors;
  const writes = summary.create + summary.update;
  const reupload = () => navigate(`/organizations/import?region=${job.regionCode}&previous=${job.id}`);
  const downloadReport = () => {
    setReportError(null);
    const base = job.filename.replace(/\.(xlsx|csv)$/i, '');
    api.download(`/imports/${job.id}/report`, `${base}-${t('check.reportName')}.${job.format}`).catch(setReportError);
  };

  let verdict;
  if (errors > 0 && valid === 0)
    verdict = <Alert type="error" showIcon title={t('check.errorsFound', { count: errors })} description={t('check.allErrors')} />;
  else if (errors > 0)
    verdict = (
      <Alert type="warning" showIcon title={t('check.errorsFound', { count: errors })} description={t('check.errorsFoundDetail')} />
    );
  else if (writes === 0) verdict = <Alert type="info" showIcon title={t('check.allGood')} description={t('check.nothingToDo')} />;
  else verdict = <Alert type="success" showIcon title={t('check.allGood')} description={t('check.allGoodDetail')} />;

  const commitAll = (
    <Button type="primary" disabled={errors > 0 || writes === 0} loading={commit.isPending && commit.variables?.mode === 'all'}>
      {t('check.commitAll')}
    </Button>
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {job.filename} · {job.regionName} · {t('check.total', { count: summary.rows })}
      </Typography.Text>
      <SummaryCards summary={summary} />
      {verdict}
      <ErrorAlert error={commit.error ?? discard.error ?? reportError} style={{ marginBottom: 0 }} />
      <Flex justify="space-between" gap={16} wrap>
        <Space wrap>
          {errors > 0 || writes === 0 ? (
            <Tooltip title={errors > 0 ? t('check.commitAllBlocked', { count: errors }) : t('check.nothingToDo')}>{commitAll}</Tooltip>
          ) : (
            <Popconfirm
              title={t('check.commitAll')}
              description={t('check.commitAllConfirm', { create: summary.create, update: summary.update })}
              onConfirm={() => commit.mutate({ mode: 'all', version: job.version })}
            >
              {commitAll}
            </Popconfirm>
          )}
          {errors > 0 && valid > 0 && (
            <Popconfirm
              title={t('check.commitValid', { count: valid })}
              description={<div style={{ maxWidth: 360 }}>{t('check.commitValidConfirm', { count: valid, errors })}</div>}
              onConfirm={() => commit.mutate({ mode: 'valid_only', version: job.version })}
            >
              <Button loading={commit.isPending && commit.variables?.mode === 'valid_only'}>
                {t('check.commitValid', { count: valid })}
              </Button>
            </Popconfirm>
          )}
          <Button type={errors > 0 ? 'primary' : 'default'} ghost={errors > 0} onClick={reupload}>
            {t('check.reupload')}
          </Button>
        </Space>
        <Space wrap>
          <Tooltip title={t('check.reportHint')}>
            <Button onClick={downloadReport}>{t('check.report')}</Button>
          </Tooltip>
          <Button onClick={onEditMapping}>{t('check.editMapping')}</Button>
          <Popconfirm
            title={t('check.discard')}
            description={t('check.discardConfirm')}
            onConfirm={() => discard.mutateAsync(job.id).then(() => navigate(`/organizations/import?region=${job.regionCode}`))}
          >
            <Button danger>{t('check.discard')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as RowOutcome)}
        items={rowOutcomes.map((outcome) => ({
          key: outcome,
          label: `${t(`check.${outcome}`)} (${formatNumber(summary[outcome])})`,
          children: <ImportRowsTable importId={job.id} outcome={outcome} labels={labels} />,
        }))}
      />
    </Flex>
  );
}
