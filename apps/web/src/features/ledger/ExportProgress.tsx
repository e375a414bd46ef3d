// The body of an export's notification: a progress bar while the server writes the file, then the link that
// downloads it. It polls on its own (the notification lives outside the page, so it keeps going when the
// user moves on, until it is closed; the job also shows on /jobs).
import type { LedgerExport } from '@linli/shared';
import { Flex, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { formatNumber } from '../../app/format.js';
import { POLL_MS } from './labels.js';
import { exportFileUrl, fetchExport } from './queries.js';

interface Props {
  initial: LedgerExport;
  /** Called once when the job has finished or failed. */
  onSettled: () => void;
  onOpenJobs: () => void;
}

export function ExportProgress({ initial, onSettled, onOpenJobs }: Props) {
  const { t } = useTranslation('ledger');
  const [job, setJob] = useState(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const running = job.status === 'running';

  useEffect(() => {
    if (!running) {
      onSettled();
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      fetchExport(job.id)
        .then((next) => !cancelled && setJob(next))
        .catch((error: unknown) => !cancelled && setPollError(error instanceof ApiError ? error.title : String(error)));
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one poll per answer; onSettled is the caller's
  }, [job, running]);

  const jobsLink = (
    <Typography.Link
      href="/jobs"
      onClick={(event) => {
        event.preventDefault();
        onOpenJobs();
      }}
    >
      {t('export.jobs')}
    </Typography.Link>
  );

  if (job.status === 'failed')
    return (
      <Flex vertical gap={4}>
        <Typography.Text type="danger">
          {[job.failure?.title ?? t('export.failed'), job.failure?.detail].filter(Boolean).join('：')}
        </Typography.Text>
        {jobsLink}
      </Flex>
    );

  if (job.status === 'done')
    return (
      <Flex vertical gap={4}>
        <Typography.Text>{t('export.rows', { rows: formatNumber(job.rows ?? 0) })}</Typography.Text>
        <Typography.Link href={exportFileUrl(job.id)} download={job.filename} strong>
          {t('export.download', { filename: job.filename })}
        </Typography.Link>
      </Flex>
    );

  const { done, total } = job.progress;
  return (
    <Flex vertical gap={4}>
      <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} status="active" size="small" />
      <Typography.Text type="secondary">
        {total > 0 ? t('export.running', { done: formatNumber(done), total: formatNumber(total) }) : t('export.preparing')}
      </Typography.Text>
      {pollError && <Typography.Text type="danger">{pollError}</Typography.Text>}
      <Typography.Text type="secondary">{t('export.leaveHint')}</Typography.Text>
      {jobsLink}
    </Flex>
  );
}
