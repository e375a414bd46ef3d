// The major-activity rule of the organization's region, as the form shows it: which activities must be reported,
// how early and to whom; it turns into a warning when the activity being entered falls under it.
import type { ActivityKind, MajorActivityRuleView } from '@linli/shared';
import { Alert } from 'antd';
import { useActivityLabels } from './labels.js';

export function MajorRuleHint({
  rule,
  kind,
  expected,
}: {
  rule: MajorActivityRuleView | null;
  kind?: ActivityKind;
  expected?: number | null;
}) {
  const labels = useActivityLabels();
  const { t } = labels;
  if (!rule) return <Alert type="info" showIcon title={t('rule.none')} style={{ marginBottom: 16 }} />;
  const major = (kind !== undefined && rule.kinds.includes(kind)) || (expected ?? 0) >= rule.participantThreshold;
  const text = t('rule.text', {
    kinds: labels.join(rule.kinds.map((k) => labels.kind(k))),
    threshold: rule.participantThreshold,
    leadDays: rule.leadDays,
    levels: labels.join(rule.levels.map((step) => t('rule.level', { from: step.from, level: labels.level(step.level) }))),
  });
  return (
    <Alert
      type={major ? 'warning' : 'info'}
      showIcon
      title={major ? t('rule.warning') : t('rule.title')}
      description={text}
      style={{ marginBottom: 16 }}
    />
  );
}
