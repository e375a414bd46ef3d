// Step ④ of the import wizard: the commit's progress, then what was written and where to go next.
import type { LedgerImport } from '@linli/shared';
import { Button, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { JobProgress } from './CheckStep.js';
import { useLedgerLabels } from './labels.js';

export function DoneStep({ job }: { job: LedgerImport }) {
  const { t } = useLedgerLabels();
  if (job.status !== 'committed' || !job.summary) return <JobProgress job={job} label={t('done.committing')} />;
  const { summary } = job;
  return (
    <Result
      status="success"
      title={t('done.committed')}
      subTitle={
        <>
          <div>
            {job.filename} · {job.regionName}
          </div>
          <div>{t('done.summary', { create: summary.create, update: summary.update, unchanged: summary.unchanged })}</div>
          {job.commitMode === 'valid_only' && summary.error > 0 && (
            <Typography.Text type="warning">{t('done.skipped', { count: summary.error })}</Typography.Text>
          )}
        </>
      }
      extra={[
        <Link key="list" to={`/organizations?region=${job.regionCode}`}>
          <Button type="primary">{t('done.toList')}</Button>
        </Link>,
        <Link key="again" to={`/organizations/import?region=${job.regionCode}`}>
          <Button>{t('done.again')}</Button>
        </Link>,
      ]}
    />
  );
}
