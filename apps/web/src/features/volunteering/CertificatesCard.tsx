// Service-record certificates: issue one for a period, download its PDF, open its public check page.
import { DownloadOutlined, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { VolunteerCertificate } from '@linli/shared';
import { App, Button, Card, DatePicker, Empty, Form, Modal, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { hoursText } from './format.js';
import { downloadCertificate, useIssueCertificate, useMyCertificates } from './queries.js';

export function CertificatesCard({ hasRecords }: { hasRecords: boolean }) {
  const { t } = useTranslation('volunteering');
  const { message } = App.useApp();
  const certificates = useMyCertificates(true);
  const issue = useIssueCertificate();
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const submit = () =>
    issue.mutate(
      { from: period?.[0]?.format('YYYY-MM-DD'), to: period?.[1]?.format('YYYY-MM-DD') },
      {
        onSuccess: (certificate) => {
          setOpen(false);
          setPeriod(null);
          void message.success(t('me.issued', { code: certificate.code }));
        },
      },
    );
  const download = (certificate: VolunteerCertificate) => {
    setDownloadError(null);
    downloadCertificate(certificate).catch(setDownloadError);
  };

  return (
    <Card
      title={t('me.certificates')}
      extra={
        <Button icon={<FileProtectOutlined />} disabled={!hasRecords} onClick={() => setOpen(true)}>
          {t('me.issue')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={certificates.error ?? downloadError} />
      <Table<VolunteerCertificate>
        rowKey="id"
        size="small"
        loading={certificates.isFetching}
        dataSource={certificates.data?.items}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: certificates.isLoading ? ' ' : <Empty description={t('me.noCertificates')} /> }}
        columns={[
          {
            title: t('field.code'),
            dataIndex: 'code',
            width: 170,
            render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
          },
          { title: t('field.period'), key: 'period', render: (_, c) => `${c.certified.from} – ${c.certified.to}` },
          {
            title: t('field.hours'),
            key: 'hours',
            width: 120,
            align: 'right',
            render: (_, c) => t('unit.hours', { value: hoursText(c.certified.hours) }),
          },
          { title: t('field.issuedAt'), dataIndex: 'issuedAt', width: 150, render: (v: string) => formatDateTime(v) },
          {
            key: 'actions',
            width: 200,
            render: (_, c) => (
              <Space>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => download(c)}>
                  {t('me.download')}
                </Button>
                <Link to={c.verifyPath} target="_blank">
                  <SafetyCertificateOutlined /> {t('me.verify')}
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={t('me.issueTitle')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={submit}
        okText={t('me.issue')}
        confirmLoading={issue.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('me.issueHint')}</Typography.Paragraph>
        <ErrorAlert error={issue.error} />
        <Form layout="vertical">
          <Form.Item label={t('field.period')}>
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={period}
              onChange={(value) => setPeriod(value)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
