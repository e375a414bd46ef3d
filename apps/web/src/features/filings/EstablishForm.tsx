// Establishment filing: the proposed team or group with its simple charter and member list.
import { Form } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FormButtons } from './FormButtons.js';
import { ProposedOrganizationFields } from './ProposedOrganizationFields.js';
import type { FilingFormProps } from './filing-form-props.js';
import { useServerErrors } from './use-server-errors.js';
import { proposedOrganizationBody } from './filing-form-values.js';

type Masked = { leaderPhone?: string | null; leaderIdNumber?: string | null; contactPhone?: string | null };

/** `masked`: on resubmission, the stored identifiers (masked); left blank, they are not sent and stay as they are. */
export function EstablishForm({
  initialValues,
  onSubmit,
  submitting,
  submitLabel,
  onCancel,
  extra,
  masked,
}: FilingFormProps & { masked?: Masked }) {
  const [form] = Form.useForm();
  const server = useServerErrors(form, 'organization');
  const finish = async (values: Record<string, unknown>) => {
    const organization = proposedOrganizationBody(values);
    if (masked)
      for (const key of ['leaderPhone', 'leaderIdNumber', 'contactPhone'] as const)
        if (organization[key] === null) delete organization[key];
    await server.run(() => onSubmit({ organization, comment: values.comment }));
  };
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={finish} scrollToFirstError style={{ maxWidth: 1080 }}>
      <ErrorAlert error={server.alertError} />
      <ProposedOrganizationFields mode="establish" masked={masked} />
      {extra}
      <FormButtons submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
    </Form>
  );
}
