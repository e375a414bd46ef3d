// Cancellation filing: the reason only.
import type { Organization } from '@linli/shared';
import { Alert, Card, Form, Input } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { registryRules } from '../organizations/rules.js';
import { FormButtons } from './FormButtons.js';
import type { FilingFormProps } from './filing-form-props.js';
import { useServerErrors } from './use-server-errors.js';
import { useFilingLabels } from './labels.js';

export function CancelForm({
  initialValues,
  onSubmit,
  submitting,
  submitLabel,
  onCancel,
  extra,
}: FilingFormProps & { organization: Organization }) {
  const { t } = useFilingLabels();
  const rules = registryRules(t);
  const [form] = Form.useForm();
  const server = useServerErrors(form);
  const finish = async (values: Record<string, unknown>) => {
    await server.run(() => onSubmit({ reason: String(values.reason ?? '').trim(), comment: values.comment }));
  };
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={finish} style={{ maxWidth: 1080 }}>
      <ErrorAlert error={server.alertError} />
      <Alert type="warning" showIcon title={t('submit.cancelWarning')} style={{ marginBottom: 16 }} />
      <Card>
        <Form.Item name="reason" label={t('field.reason')} rules={[rules.required, rules.max(2000)]}>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('submit.reasonPlaceholder')} />
        </Form.Item>
        {extra}
      </Card>
      <FormButtons submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
    </Form>
  );
}
