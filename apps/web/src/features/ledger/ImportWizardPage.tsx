// /organizations/import[/:id] — the ledger import wizard: upload → match columns → check (dry run) → commit.
// Everything after the upload lives on the server, addressed by the URL, so a reload or coming back later
// resumes the import where it stood; the step shown follows the import's status.
import type { LedgerImport } from '@linli/shared';
import { Button, Card, Result, Skeleton, Steps } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CheckStep } from './CheckStep.js';
import { DoneStep } from './DoneStep.js';
import { useLedgerLabels } from './labels.js';
import { MappingStep } from './MappingStep.js';
import { useImportJob } from './queries.js';
import { UploadStep } from './UploadStep.js';

type Step = 0 | 1 | 2 | 3;

/** The wizard step an import's status belongs to; a failed job stays on the step that failed. */
function stepOf(job: LedgerImport, editingMapping: boolean): Step {
  switch (job.status) {
    case 'mapping':
      return 1;
    case 'analyzing':
      return 2;
    case 'analyzed':
      return editingMapping ? 1 : 2;
    case 'committing':
    case 'committed':
      return 3;
    case 'failed':
      return job.commitMode ? 3 : 2;
    case 'discarded':
      return 0;
  }
}

export function ImportWizardPage() {
  const { id } = useParams();
  const { t } = useLedgerLabels();
  const job = useImportJob(id);
  const [editingMapping, setEditingMapping] = useState(false);
  const current = job.data ? stepOf(job.data, editingMapping) : 0;
  const failed = job.data?.status === 'failed';

  let body;
  if (!id) body = <UploadStep />;
  else if (job.isLoading) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (job.error instanceof ApiError && job.error.status === 404)
    body = (
      <Result
        status="404"
        title={t('notFound')}
        extra={
          <Link to="/organizations/import">
            <Button type="primary">{t('failed.retry')}</Button>
          </Link>
        }
      />
    );
  else if (!job.data)
    body = <ErrorAlert error={job.error} action={<Button onClick={() => void job.refetch()}>{t('common:action.retry')}</Button>} />;
  else if (job.data.status === 'discarded')
    body = (
      <Result
        status="info"
        title={t('discarded.title')}
        subTitle={t('discarded.detail')}
        extra={
          <Link to={`/organizations/import?region=${job.data.regionCode}`}>
            <Button type="primary">{t('failed.retry')}</Button>
          </Link>
        }
      />
    );
  else if (failed)
    body = (
      <Result
        status="error"
        title={t('failed.title')}
        subTitle={job.data.failure ? [job.data.failure.title, job.data.failure.detail].filter(Boolean).join('：') : undefined}
        extra={
          <Link to={`/organizations/import?region=${job.data.regionCode}&previous=${job.data.id}`}>
            <Button type="primary">{t('failed.retry')}</Button>
          </Link>
        }
      />
    );
  else if (current === 1)
    body = <MappingStep job={job.data} onAnalyzing={() => setEditingMapping(false)} onCancel={() => setEditingMapping(false)} />;
  else if (current === 2) body = <CheckStep job={job.data} onEditMapping={() => setEditingMapping(true)} />;
  else body = <DoneStep job={job.data} />;

  return (
    <>
      <PageHeader
        title={t('importTitle')}
        subTitle={t('importSubTitle')}
        breadcrumbs={[{ title: <Link to="/organizations">{t('organizations:title')}</Link> }, { title: t('importTitle') }]}
        extra={<Link to="/jobs">{t('common:nav.jobs')}</Link>}
      />
      <Card>
        <Steps
          current={current}
          status={failed ? 'error' : current === 3 && job.data?.status === 'committed' ? 'finish' : 'process'}
          style={{ marginBottom: 32 }}
          items={[{ title: t('steps.upload') }, { title: t('steps.mapping') }, { title: t('steps.check') }, { title: t('steps.done') }]}
        />
        {body}
      </Card>
    </>
  );
}
