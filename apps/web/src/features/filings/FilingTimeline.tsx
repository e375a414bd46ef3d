// The filing's steps: who did what, from which status to which, with the comment.
import type { FilingDetail } from '@linli/shared';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../app/format.js';
import { filingStatusColors, useFilingLabels } from './labels.js';

const actionColors: Record<string, string> = { return: 'orange', reject: 'red', withdraw: 'gray', file: 'green' };

export function FilingTimeline({ transitions }: { transitions: FilingDetail['transitions'] }) {
  const labels = useFilingLabels();
  const { t } = labels;
  if (!transitions.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noTransitions')} />;
  return (
    <Timeline
      items={transitions.map((step) => ({
        key: step.id,
        color: actionColors[step.action] ?? 'blue',
        content: (
          <>
            <Typography.Text type="secondary">{formatDateTime(step.at)}</Typography.Text>
            <div>
              <Typography.Text strong>{step.actorName ?? t('detail.systemActor')}</Typography.Text> {labels.action(step.action)}
            </div>
            <div style={{ margin: '4px 0' }}>
              {step.fromStatus && (
                <>
                  <Tag color={filingStatusColors[step.fromStatus]}>{labels.status(step.fromStatus)}</Tag>→{' '}
                </>
              )}
              <Tag color={filingStatusColors[step.toStatus]}>{labels.status(step.toStatus)}</Tag>
            </div>
            {step.comment ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{step.comment}</Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
