// /filings/new?kind=establish|change|cancel&organizationId=… — submits a filing and opens it.
import type { FilingKind } from '@linli/shared';
import { App, Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useOrganization } from '../organizations/queries.js';
import { CancelForm } from './CancelForm.js';
import { ChangeForm } from './ChangeForm.js';
import { EstablishForm } from './EstablishForm.js';
import { emptyEstablish } from './filing-form-values.js';
import { useFilingLabels } from './labels.js';
import { useSubmitFiling } from './queries.js';

const kinds: FilingKind[] = ['establish', 'change', 'cancel'];

export function FilingSubmitPage() {
  const labels = useFilingLabels();
  const { t } = labels;
  const [params] = useSearchParams();
  const kind = kinds.find((k) => k === params.get('kind'));
  const organizationId = params.get('organizationId') ?? undefined;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = useSubmitFiling();
  const organization = useOrganization(kind && kind !== 'establish' ? organizationId : undefined);

  const send = async (body: Record<string, unknown>) => {
    const filing = await submit.mutateAsync({ kind, ...body });
    message.success(t('submit.submitted'));
    navigate(`/filings/${filing.id}`);
  };
  const cancel = () => navigate(organizationId ? `/organizations/${organizationId}` : '/filings');
  const common = { submitting: submit.isPending, submitLabel: t('action.submit'), onCancel: cancel };
  const breadcrumbs = [{ title: <Link to="/filings">{t('title')}</Link> }, { title: t('submit.title') }];

  if (!kind)
    return (
      <>
        <PageHeader title={t('submit.chooseKind')} breadcrumbs={breadcrumbs} />
        <Row gutter={[16, 16]}>
          {kinds.map((k) => (
            <Col xs={24} md={8} key={k}>
              <Card title={labels.kind(k)} style={{ height: '100%' }}>
                <p>{t(`submit.kindHint.${k}`)}</p>
                {k === 'establish' ? (
                  <Link to="/filings/new?kind=establish">
                    <Button type="primary">{t('submit.establishTitle')}</Button>
                  </Link>
                ) : (
                  <Link to="/organizations">
                    <Button>{t('submit.pickOrganization')}</Button>
                  </Link>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </>
    );

  if (kind === 'establish') {
    const regionCode = me?.regionCode && me.regionCode.length >= 9 ? me.regionCode : undefined;
    return (
      <>
        <PageHeader title={t('submit.establishTitle')} breadcrumbs={breadcrumbs} />
        <EstablishForm initialValues={emptyEstablish(regionCode)} onSubmit={({ organization }) => send({ organization })} {...common} />
      </>
    );
  }

  if (!organizationId)
    return (
      <Result
        status="info"
        title={t('submit.organizationMissing')}
        extra={<Link to="/organizations">{t('organizations:detail.backToList')}</Link>}
      />
    );
  if (organization.isLoading) return <Skeleton active />;
  if (!organization.data) return <ErrorAlert error={organization.error} />;

  const org = organization.data;
  const title = t(kind === 'change' ? 'submit.changeTitle' : 'submit.cancelTitle', { name: org.name });
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { title: <Link to="/filings">{t('title')}</Link> },
          { title: <Link to={`/organizations/${org.id}`}>{org.name}</Link> },
          { title: labels.kind(kind) },
        ]}
      />
      {kind === 'change' ? (
        <ChangeForm organization={org} onSubmit={({ reason, changes }) => send({ organizationId: org.id, reason, changes })} {...common} />
      ) : (
        <CancelForm organization={org} onSubmit={({ reason }) => send({ organizationId: org.id, reason })} {...common} />
      )}
    </>
  );
}
