// /policies/:id — one pack as the platform reads it: identity, categories, indicators, plans and rules, with clauses.
import { activityKindLabels, reportLevelLabels, type Pack } from '@linli/shared';
import { Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { useOrganizationLabels } from '../organizations/labels.js';
import { IndicatorTable, TaxonomyTable } from './PackTables.js';
import { usePolicy } from './queries.js';

function PackExtras({ pack }: { pack: Pack }) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const organizationLabels = useOrganizationLabels();
  const major = pack.rules.majorActivity;
  const language = labels.english ? 'en-US' : 'zh-CN';
  const field = (value: string) => organizationLabels.serviceField(value);
  return (
    <>
      {pack.retaggings.length > 0 && (
        <Card title={t('detail.retaggings')} style={{ marginBottom: 16 }}>
          {pack.retaggings.map((plan) => (
            <div key={plan.id} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{labels.text(plan.name)}</Typography.Text>{' '}
              <Typography.Text type="secondary">{labels.clause(plan.citation.clause)}</Typography.Text>
              <div>
                {plan.moves
                  .map((m) => t('detail.moves', { from: field(m.from), to: labels.join(m.to.map(field)) }))
                  .join(labels.english ? '; ' : '；')}
              </div>
            </div>
          ))}
        </Card>
      )}
      {pack.activitySeries.length > 0 && (
        <Card title={t('detail.activitySeries')} style={{ marginBottom: 16 }}>
          <Space wrap>
            {pack.activitySeries.map((series) => (
              <Tag key={series.id} color="blue">
                {labels.text(series.name)}
              </Tag>
            ))}
          </Space>
        </Card>
      )}
      {major && (
        <Card title={t('detail.rules')} style={{ marginBottom: 16 }}>
          <Typography.Text>
            {t('detail.majorActivity', {
              kinds: labels.join(major.kinds.map((kind) => activityKindLabels[language][kind])),
              threshold: major.participantThreshold,
              days: major.leadDays,
              levels: labels.join(
                major.levels.map((step) =>
                  t('detail.majorActivityLevel', { from: step.from, level: reportLevelLabels[language][step.level] }),
                ),
              ),
            })}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">{labels.clause(major.citation.clause)}</Typography.Text>
          {major.note && <Typography.Paragraph type="secondary">{labels.text(major.note)}</Typography.Paragraph>}
        </Card>
      )}
    </>
  );
}

export function PolicyDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const organizationLabels = useOrganizationLabels();
  const policy = usePolicy(id);
  const pack = policy.data;
  const crumbs = [{ title: <Link to="/policies">{t('title')}</Link> }, { title: pack ? labels.text(pack.title) : id }];

  if (policy.error instanceof ApiError && policy.error.status === 404)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={
          <Link to="/policies">
            <Button>{t('detail.back')}</Button>
          </Link>
        }
      />
    );
  return (
    <>
      <PageHeader title={pack ? labels.text(pack.title) : id} subTitle={pack?.documentNumber} breadcrumbs={crumbs} />
      <ErrorAlert error={policy.error} />
      {policy.isLoading && <Skeleton active paragraph={{ rows: 10 }} />}
      {pack && (
        <>
          <Card title={t('detail.identity')} style={{ marginBottom: 16 }}>
            <Descriptions
              column={{ xs: 1, lg: 2 }}
              items={[
                { key: 'number', label: t('list.documentNumber'), children: pack.documentNumber },
                { key: 'issuer', label: t('list.issuer'), children: labels.text(pack.issuer) },
                { key: 'issuedOn', label: t('list.issuedOn'), children: formatDate(pack.issuedOn) },
                { key: 'period', label: t('detail.period'), children: pack.period ? `${pack.period.from} — ${pack.period.to}` : '—' },
                { key: 'tiers', label: t('detail.countedTiers'), children: labels.join(pack.countedTiers.map(organizationLabels.tier)) },
                { key: 'source', label: t('detail.source'), children: <Typography.Text code>{pack.source.file}</Typography.Text> },
                { key: 'version', label: t('list.version'), children: pack.version },
              ]}
            />
          </Card>
          <Card title={t('detail.indicators')} style={{ marginBottom: 16 }}>
            <IndicatorTable pack={pack} />
          </Card>
          <Card title={t('detail.taxonomy')} style={{ marginBottom: 16 }}>
            <TaxonomyTable pack={pack} />
          </Card>
          <PackExtras pack={pack} />
        </>
      )}
    </>
  );
}
