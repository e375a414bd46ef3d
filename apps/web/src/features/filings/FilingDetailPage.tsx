// /filings/:id — the filing, its materials and steps, and the actions the viewer may take.
// ?mode=resubmit shows the correction form of a returned filing (so the back button leaves it).
import { Card, Col, Result, Row, Skeleton, Space, Tag } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { FilingActions } from './FilingActions.js';
import { FilingPayload } from './FilingPayload.js';
import { FilingResubmit } from './FilingResubmit.js';
import { FilingSummary } from './FilingSummary.js';
import { FilingTimeline } from './FilingTimeline.js';
import { ReturnedNotice } from './ReturnedNotice.js';
import { OverdueTag } from './filing-columns.js';
import { filingStatusColors, useFilingLabels } from './labels.js';
import { useFiling } from './queries.js';

export function FilingDetailPage() {
  const { id = '' } = useParams();
  const labels = useFilingLabels();
  const { t } = labels;
  const [params, setParams] = useSearchParams();
  const { data: filing, error, isLoading } = useFiling(id);

  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/filings">{t('title')}</Link>} />;
  if (!filing) return <ErrorAlert error={error} />;

  const resubmitting = params.get('mode') === 'resubmit' && filing.abilities.actions.includes('resubmit');
  const title = (
    <Space wrap>
      <span>{`${labels.kind(filing.kind)}：${filing.organizationName}`}</span>
      <Tag color={filingStatusColors[filing.status]}>{labels.status(filing.status)}</Tag>
      <OverdueTag filing={filing} labels={labels} />
    </Space>
  );
  const breadcrumbs = [{ title: <Link to="/filings">{t('title')}</Link> }, { title: filing.organizationName }];

  if (resubmitting)
    return (
      <>
        <PageHeader title={`${t('submit.resubmitTitle')}：${filing.organizationName}`} breadcrumbs={breadcrumbs} />
        <ReturnedNotice filing={filing} />
        <FilingResubmit filing={filing} onDone={() => setParams({})} />
      </>
    );

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={breadcrumbs}
        extra={<FilingActions filing={filing} onResubmit={() => setParams({ mode: 'resubmit' })} />}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReturnedNotice filing={filing} />
        <FilingSummary filing={filing} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card title={filing.kind === 'establish' ? t('detail.proposed') : labels.kind(filing.kind)}>
              <FilingPayload filing={filing} />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card title={t('detail.timeline')}>
              <FilingTimeline transitions={filing.transitions} />
            </Card>
          </Col>
        </Row>
      </Space>
    </>
  );
}
