// Correcting a returned filing: the same form as the first submission, prefilled from the filing,
// posted to /filings/:id/resubmit with the version the applicant saw.
import type { FilingDetail } from '@linli/shared';
import { Alert, App, Card, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useOrganization } from '../organizations/queries.js';
import { CancelForm } from './CancelForm.js';
import { ChangeForm } from './ChangeForm.js';
import { EstablishForm } from './EstablishForm.js';
import { changeValuesFrom, establishValuesFromPayload } from './filing-form-values.js';
import { useFilingLabels } from './labels.js';
import { useResubmitFiling } from './queries.js';

export function FilingResubmit({ filing, onDone }: { filing: FilingDetail; onDone: () => void }) {
  const { t } = useFilingLabels();
  const { t: o } = useTranslation('organizations');
  const { message } = App.useApp();
  const resubmit = useResubmitFiling(filing.id);
  const organization = useOrganization(filing.kind === 'establish' ? undefined : (filing.organizationId ?? undefined));
  const payload = filing.payload as Record<string, unknown>;
  const changes = (payload.changes ?? {}) as Record<string, unknown>;
  // A change's new phone or ID number is stored encrypted: it cannot be prefilled, so the applicant types it again.
  const personalChanged = ['leaderPhone', 'leaderIdNumber', 'contactPhone'].filter((field) => field in changes);

  const send = async (parts: Record<string, unknown>) => {
    const { comment, ...rest } = parts;
    await resubmit.mutateAsync({ version: filing.version, comment: typeof comment === 'string' ? comment.trim() : '', ...rest });
    message.success(t('submit.resubmitted'));
    onDone();
  };
  const commentField = (
    <Card style={{ marginTop: 16 }}>
      <Form.Item name="comment" label={t('submit.resubmitComment')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Card>
  );
  const common = {
    onSubmit: send,
    submitting: resubmit.isPending,
    submitLabel: t('action.resubmit'),
    onCancel: onDone,
    extra: commentField,
  };

  if (filing.kind !== 'establish' && organization.isLoading) return <Skeleton active />;
  return (
    <>
      <ErrorAlert error={organization.error} />
      {filing.kind === 'establish' && <EstablishForm initialValues={establishValuesFromPayload(payload)} masked={filing} {...common} />}
      {filing.kind === 'change' && personalChanged.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('submit.reenterPersonal', { fields: personalChanged.map((field) => o(`field.${field}`)).join('、') })}
        />
      )}
      {filing.kind === 'change' && organization.data && (
        <ChangeForm
          organization={organization.data}
          initialValues={{
            ...changeValuesFrom(organization.data, (payload.changes ?? {}) as Record<string, unknown>),
            reason: payload.reason,
          }}
          {...common}
        />
      )}
      {filing.kind === 'cancel' && organization.data && (
        <CancelForm organization={organization.data} initialValues={{ reason: payload.reason }} {...common} />
      )}
    </>
  );
}
