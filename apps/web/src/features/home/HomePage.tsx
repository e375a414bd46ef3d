// / — staff who read statistics land on their targets dashboard (reviewers keep their queue card above it);
// everyone else sees who they are, where they work, and the way to each thing their role may do.
import { KeyOutlined, RightOutlined } from '@ant-design/icons';
import type { Filing } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Page } from '../../app/api.js';
import { useMe } from '../../app/auth.js';
import { allows, navigation, reviewerPermissions } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';

// The dashboard (and ECharts) load only for the staff who see it.
const Dashboard = lazy(async () => ({ default: (await import('../dashboard/index.js')).Dashboard }));

function QueueCard() {
  const { t } = useTranslation('home');
  const count = (overdue: boolean) => ({
    queryKey: ['filings', 'list', 'home-queue', overdue],
    queryFn: () => api.get<Page<Filing>>('/filings', { queue: 'mine', overdue: overdue || undefined, page: 1, pageSize: 1 }),
  });
  const queue = useQuery(count(false));
  const late = useQuery(count(true));
  const total = queue.data?.total ?? 0;
  const overdue = late.data?.total ?? 0;
  return (
    <Card title={t('queue.title')} style={{ marginBottom: 24 }}>
      {queue.isLoading && <Skeleton active paragraph={{ rows: 1 }} />}
      <ErrorAlert error={queue.error} />
      {queue.data && (
        <Flex align="center" justify="space-between" wrap gap={16}>
          {total === 0 ? (
            <Typography.Text type="secondary">{t('queue.none')}</Typography.Text>
          ) : (
            <Flex gap={48} wrap>
              <Statistic title={t('queue.pending')} value={total} />
              {overdue > 0 && <Statistic title={t('queue.overdue')} value={overdue} styles={{ content: { color: '#cf1322' } }} />}
            </Flex>
          )}
          <Link to="/queue">
            <Button type="primary" icon={<RightOutlined />} iconPlacement="end">
              {t('queue.open')}
            </Button>
          </Link>
        </Flex>
      )}
    </Card>
  );
}

function FeatureCard({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} style={{ display: 'block', height: '100%' }}>
      <Card hoverable style={{ height: '100%' }}>
        <Card.Meta avatar={<span style={{ fontSize: 24, color: '#1664c0' }}>{icon}</span>} title={title} description={text} />
      </Card>
    </Link>
  );
}

export function HomePage() {
  const { t } = useTranslation('home');
  const { t: common } = useTranslation('common');
  const me = useMe();
  const isReviewer = reviewerPermissions.some((p) => me.permissions.includes(p));
  const features = navigation.filter((entry) => entry.path !== '/' && entry.path !== '/queue' && allows(entry, me.permissions));
  const separationNote = me.role === 'sys_admin' || me.role === 'audit_admin' ? t(`separationNote.${me.role}`) : null;

  if (me.permissions.includes('stats:read'))
    return (
      <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
        <Dashboard before={isReviewer ? <QueueCard /> : undefined} />
      </Suspense>
    );

  return (
    <>
      <PageHeader
        title={t('greeting', { name: me.displayName })}
        subTitle={t('roleAndRegion', { role: common(`role.${me.role}`), region: me.regionName ?? common('header.allRegions') })}
      />
      {separationNote && <Alert type="info" showIcon title={separationNote} style={{ marginBottom: 24 }} />}
      {isReviewer && <QueueCard />}
      <Typography.Title level={5}>{t('whatYouCanDo')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {features.map((entry) => (
          <Col key={entry.path} xs={24} md={12} xl={8}>
            <FeatureCard to={entry.path} icon={entry.icon} title={common(entry.labelKey)} text={t(`card.${entry.path}`)} />
          </Col>
        ))}
        <Col xs={24} md={12} xl={8}>
          <FeatureCard to="/account/password" icon={<KeyOutlined />} title={common('nav.password')} text={t('card./account/password')} />
        </Col>
      </Row>
    </>
  );
}
