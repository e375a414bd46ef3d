// /organizations/:id — every field, masked personal data with an audited reveal, history and filings.
import { Button, Card, Col, Result, Row, Skeleton, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { useCan, useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PartyProfileCard } from '../party/PartyProfileCard.js';
import { OrganizationDescriptions } from './OrganizationDescriptions.js';
import { OrganizationFilings } from './OrganizationFilings.js';
import { OrganizationHistory } from './OrganizationHistory.js';
import { PersonalDataCard } from './PersonalDataCard.js';
import { statusColors, useOrganizationLabels } from './labels.js';
import { useOrganization } from './queries.js';

export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const labels = useOrganizationLabels();
  const { t } = labels;
  const canReadFilings = useCan('filings:read');
  const me = useMe();
  // Residents see the public register only: the history names people (server: mayReadHistory).
  const canReadHistory = me?.role !== 'resident';
  const { data: organization, error, isLoading } = useOrganization(id);

  if (isLoading) return <Skeleton active />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/organizations">{t('detail.backToList')}</Link>} />;
  if (!organization) return <ErrorAlert error={error} />;

  const { abilities } = organization;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {organization.name}
            <Tag color={statusColors[organization.status]}>{labels.status(organization.status)}</Tag>
          </Space>
        }
        breadcrumbs={[{ title: <Link to="/organizations">{t('title')}</Link> }, { title: organization.name }]}
        extra={
          <Space wrap>
            {abilities.fileCancel && (
              <Link to={`/filings/new?kind=cancel&organizationId=${organization.id}`}>
                <Button danger>{t('fileCancel')}</Button>
              </Link>
            )}
            {abilities.fileChange && (
              <Link to={`/filings/new?kind=change&organizationId=${organization.id}`}>
                <Button>{t('fileChange')}</Button>
              </Link>
            )}
            {abilities.update && (
              <Link to={`/organizations/${organization.id}/edit`}>
                <Button type="primary">{t('edit')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <ErrorAlert error={error} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('detail.basics')}>
          <OrganizationDescriptions organization={organization} />
        </Card>
        <PersonalDataCard organization={organization} />
        <PartyProfileCard organizationId={organization.id} regionCode={organization.regionCode} />
        <Row gutter={[16, 16]}>
          {canReadHistory && (
            <Col xs={24} lg={canReadFilings ? 12 : 24}>
              <OrganizationHistory organizationId={organization.id} />
            </Col>
          )}
          {canReadFilings && (
            <Col xs={24} lg={canReadHistory ? 12 : 24}>
              <OrganizationFilings organization={organization} />
            </Col>
          )}
        </Row>
      </Space>
    </>
  );
}
