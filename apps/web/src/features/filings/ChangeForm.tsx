// Change filing: the reason, and the organization's data prefilled so the applicant edits only what changes.
import type { Organization } from '@linli/shared';
import { Alert, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { registryRules } from '../organizations/rules.js';
import { FormButtons } from './FormButtons.js';
import { ProposedOrganizationFields } from './ProposedOrganizationFields.js';
import type { FilingFormProps } from './filing-form-props.js';
import { useServerErrors } from './use-server-errors.js';
import { changesBody, changeValuesFrom } from './filing-form-values.js';
import { useFilingLabels } from './labels.js';

export function ChangeForm({
  organization,
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
  const server = useServerErrors(form, 'changes');
  const [noChanges, setNoChanges] = useState(false);
  const finish = async (values: Record<string, unknown>) => {
    const changes = changesBody(values, organization);
    setNoChanges(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    await server.run(() => onSubmit({ reason: String(values.reason ?? '').trim(), changes, comment: values.comment }));
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ ...changeValuesFrom(organization), ...initialValues }}
      onFinish={finish}
      scrollToFirstError
      style={{ maxWidth: 1080 }}
    >
      <ErrorAlert error={server.alertError} />
      <Alert type="info" showIcon title={t('submit.changesHint')} style={{ marginBottom: 16 }} />
      <Card style={{ marginBottom: 16 }}>
        <Form.Item name="reason" label={t('field.reason')} rules={[rules.required, rules.max(2000)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('submit.reasonPlaceholder')} />
        </Form.Item>
      </Card>
      <ProposedOrganizationFields mode="change" masked={organization} />
      {extra}
      {noChanges && <Alert type="warning" showIcon title={t('submit.noChanges')} style={{ marginTop: 16 }} />}
      <FormButtons submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
    </Form>
  );
}
