// Step ① of the import wizard: the region the ledger belongs to, the template, and the file itself, sent as
// its raw bytes. What is wrong with a file (too large, an .xls, a macro workbook, merged headers …) comes
// back as problem+json and shows here, above the drop zone.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../app/api.js';
import { useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useLedgerLabels } from './labels.js';
import { useDiscardImport, useImportJob, useUploadLedger } from './queries.js';

const MAX_BYTES = 20 * 1024 * 1024; // the server's limit (413 file_too_large)

export function UploadStep() {
  const { t } = useLedgerLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [region, setRegion] = useState<string | undefined>(params.get('region') || me.regionCode || undefined);
  // "correct and upload again": the earlier import is discarded once the new file is in
  const previousId = params.get('previous') ?? undefined;
  const previous = useImportJob(previousId);
  const upload = useUploadLedger();
  const discard = useDiscardImport();
  const [localError, setLocalError] = useState<string | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<string | null>(null);

  const send = (file: File) => {
    setLocalError(null);
    upload.reset();
    if (!region) return setLocalError(t('upload.chooseRegion'));
    if (file.size > MAX_BYTES) return setLocalError(t('upload.tooLarge'));
    setUploading(file.name);
    upload.mutate(
      { file, region },
      {
        onSuccess: (job) => {
          const stale = previous.data;
          if (stale && ['mapping', 'analyzed', 'failed'].includes(stale.status)) discard.mutate(stale.id);
          navigate(`/organizations/import/${job.id}`);
        },
        onSettled: () => setUploading(null),
      },
    );
  };

  const downloadTemplate = () => {
    setTemplateError(null);
    api.download('/imports/template', `${t('upload.templateName')}.xlsx`).catch(setTemplateError);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto' }}>
      <Form layout="vertical" requiredMark={false} style={{ marginBottom: -8 }}>
        <Form.Item label={t('upload.region')} extra={t('upload.regionHint')} htmlFor="ledger-region">
          <RegionPicker id="ledger-region" style={{ width: '100%' }} minLevel={3} allowClear={false} value={region} onChange={setRegion} />
        </Form.Item>
      </Form>
      <Flex align="center" gap={8} wrap>
        <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
          {t('upload.template')}
        </Button>
        <Typography.Text type="secondary">{t('upload.templateHint')}</Typography.Text>
      </Flex>
      <ErrorAlert error={templateError} style={{ marginBottom: 0 }} />
      {previous.data && <Alert type="info" showIcon title={t('upload.previous', { name: previous.data.filename })} />}
      {localError && <Alert type="error" showIcon title={localError} />}
      <ErrorAlert error={upload.error} style={{ marginBottom: 0 }} />
      <Spin spinning={uploading !== null} description={uploading ? t('upload.uploading', { name: uploading }) : undefined}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={uploading !== null}
          beforeUpload={(file) => {
            send(file);
            return Upload.LIST_IGNORE; // sent by send(), not by antd's multipart upload
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('upload.drop')}</p>
          <p className="ant-upload-hint">{t('upload.dropHint')}</p>
        </Upload.Dragger>
      </Spin>
      <Typography.Text type="secondary">{t('upload.limits')}</Typography.Text>
    </Flex>
  );
}
