// /volunteering/needs/:id — one need: what, where, when, places; sign up or withdraw; for its organization and the
// offices, the volunteers who signed up and their hours.
import { Card, Descriptions, Flex, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { timeRange } from './format.js';
import { NeedActions } from './NeedActions.js';
import { NeedStatusTag, SignupStatusTag } from './needs-labels.js';
import { useNeed } from './queries.js';
import { SignupsCard } from './SignupsCard.js';

export function NeedDetailPage() {
  const { t } = useTranslation('volunteering');
  const { id } = useParams();
  const need = useNeed(id);
  const breadcrumbs = [{ title: <Link to="/volunteering/needs">{t('tab.needs')}</Link> }, { title: need.data?.title ?? '' }];
  if (!need.data)
    return (
      <>
        <PageHeader title={t('tab.needs')} breadcrumbs={breadcrumbs} />
        <ErrorAlert error={need.error} />
        {need.isLoading && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        )}
      </>
    );
  const data = need.data;
  return (
    <>
      <PageHeader
        title={
          <>
            {data.title} <NeedStatusTag status={data.status} />
            {data.mySignup && <SignupStatusTag status={data.mySignup} />}
          </>
        }
        breadcrumbs={breadcrumbs}
        extra={<NeedActions need={data} />}
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('field.organization')}>{data.organizationName}</Descriptions.Item>
          <Descriptions.Item label={t('field.region')}>{data.regionPath}</Descriptions.Item>
          <Descriptions.Item label={t('field.time')}>{timeRange(data.startsAt, data.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('field.place')}>{data.place || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.signedUp')}>{t('needs.places', data)}</Descriptions.Item>
          <Descriptions.Item label={t('field.confirmBy')}>{formatDateTime(data.confirmBy)}</Descriptions.Item>
          <Descriptions.Item label={t('field.skills')}>
            {data.skills.length ? data.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{data.description || '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {data.abilities.signups && <SignupsCard need={data} />}
    </>
  );
}
