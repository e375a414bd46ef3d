// /verify and /verify/:code — the public check of a volunteer service-record certificate, without logging in:
// anyone holding the code sees what the certificate certified when it was issued (the name masked).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatCertificateCode, normalizeCertificateCode } from '@linli/shared';
import { Button, Card, Descriptions, Flex, Input, Layout, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { LanguageSwitch } from '../../app/LanguageSwitch.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { hoursText } from './format.js';
import { usePublicCertificate } from './queries.js';

function Outcome({ code }: { code: string }) {
  const { t } = useTranslation('volunteering');
  const certificate = usePublicCertificate(code);
  if (certificate.isLoading)
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin />
      </Flex>
    );
  if (certificate.error instanceof ApiError && certificate.error.status === 404)
    return <Result status="warning" title={t('verify.invalid')} subTitle={t('verify.invalidDetail')} />;
  if (!certificate.data) return <ErrorAlert error={certificate.error} />;
  const c = certificate.data;
  return (
    <Result
      status="success"
      title={t('verify.valid')}
      subTitle={t('verify.validDetail')}
      style={{ paddingBottom: 0 }}
      extra={
        <Descriptions bordered column={1} size="small" style={{ textAlign: 'left' }}>
          <Descriptions.Item label={t('field.code')}>{formatCertificateCode(c.code)}</Descriptions.Item>
          <Descriptions.Item label={t('field.name')}>{c.name}</Descriptions.Item>
          <Descriptions.Item label={t('field.period')}>{`${c.from} – ${c.to}`}</Descriptions.Item>
          <Descriptions.Item label={t('field.hours')}>{t('unit.hours', { value: hoursText(c.hours) })}</Descriptions.Item>
          <Descriptions.Item label={t('field.records')}>{c.records}</Descriptions.Item>
          <Descriptions.Item label={t('field.servedOrganizations')}>{c.organizations.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('field.issuedAt')}>{formatDate(c.issuedAt)}</Descriptions.Item>
        </Descriptions>
      }
    />
  );
}

export function VerifyCertificatePage() {
  const { t } = useTranslation('volunteering');
  const { t: common } = useTranslation('common');
  const { code } = useParams();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        style={{
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: '1px solid #e8e8e8',
        }}
      >
        <Link to="/">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {common('product')}
          </Typography.Text>
        </Link>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: '32px 16px' }}>
        <Card style={{ maxWidth: 640, margin: '0 auto' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            <SafetyCertificateOutlined /> {t('verify.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
          <Input.Search
            key={code}
            defaultValue={code ? formatCertificateCode(normalizeCertificateCode(code)) : ''}
            placeholder={t('verify.placeholder')}
            enterButton={t('verify.check')}
            size="large"
            maxLength={40}
            aria-label={t('field.code')}
            onSearch={(typed) => typed.trim() && navigate(`/verify/${encodeURIComponent(typed.trim())}`)}
          />
          {code && <Outcome code={code} />}
          <Flex justify="center" style={{ marginTop: 24 }}>
            <Link to="/">
              <Button type="link">{t('verify.back')}</Button>
            </Link>
          </Flex>
        </Card>
      </Layout.Content>
    </Layout>
  );
}
