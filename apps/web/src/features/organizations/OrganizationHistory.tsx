// The organization's change history: who changed what, when, each field from → to.
import type { OrganizationChange } from '@linli/shared';
import { Card, Empty, Spin, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useOrganizationLabels } from './labels.js';
import { useOrganizationHistory } from './queries.js';

type Labels = ReturnType<typeof useOrganizationLabels>;

const enumFields: Record<string, (labels: Labels, value: string) => string> = {
  tier: (l, v) => l.tier(v),
  legalForm: (l, v) => l.legalForm(v),
  hubKind: (l, v) => l.hubKind(v),
  status: (l, v) => l.status(v),
};

function formatValue(labels: Labels, field: string, value: unknown): string {
  const { t } = labels;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('detail.empty');
  if (typeof value === 'boolean') return value ? t('detail.yes') : t('detail.no');
  if (Array.isArray(value)) {
    const label = field === 'serviceFields' ? labels.serviceField : field === 'targetGroups' ? labels.targetGroup : String;
    return value.map((item) => label(String(item))).join('、');
  }
  if (typeof value === 'string' && enumFields[field]) return enumFields[field](labels, value);
  if (typeof value === 'string' && field === 'foundedOn') return formatDate(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);

function ChangeLines({ change, labels }: { change: OrganizationChange; labels: Labels }) {
  const { t } = labels;
  const entries = Object.entries(change.changes);
  // A creation lists the values the organization started with: nothing to cross out, nothing empty to list.
  const creation = entries.every(([, { from }]) => from === null || from === undefined);
  const shown = creation ? entries.filter(([, { to }]) => !isBlank(to)) : entries;
  if (!shown.length) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {shown.map(([field, { from, to }]) => (
        <li key={field}>
          <Typography.Text strong>{t(`field.${field}`, { defaultValue: field })}</Typography.Text>
          {'：'}
          {!creation && (
            <>
              <Typography.Text type="secondary" delete>
                {formatValue(labels, field, from)}
              </Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{formatValue(labels, field, to)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export function OrganizationHistory({ organizationId }: { organizationId: string }) {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const history = useOrganizationHistory(organizationId);
  return (
    <Card title={t('detail.history')}>
      <ErrorAlert error={history.error} />
      {history.isLoading && <Spin />}
      {history.data && history.data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />}
      {history.data && history.data.length > 0 && (
        <Timeline
          items={history.data.map((change) => ({
            key: change.id,
            content: (
              <>
                <Typography.Text type="secondary">{formatDateTime(change.at)}</Typography.Text>
                <div>
                  {t('detail.historyBy', {
                    actor: change.actorName ?? t('detail.systemActor'),
                    action: t(`historyAction.${change.action}`, { defaultValue: change.action }),
                  })}
                </div>
                <ChangeLines change={change} labels={labels} />
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
