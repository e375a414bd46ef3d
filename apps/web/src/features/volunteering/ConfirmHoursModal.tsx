// Confirming one volunteer's hours for a need: at most the need's duration, by its organization or an office.
import type { VolunteerNeed, VolunteerSignup } from '@linli/shared';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useServerErrors } from '../filings/use-server-errors.js';
import { durationHours, hoursText } from './format.js';
import { useConfirmHours } from './queries.js';

interface Props {
  need: VolunteerNeed;
  signup: VolunteerSignup | null;
  onClose: () => void;
}

export function ConfirmHoursModal({ need, signup, onClose }: Props) {
  const { t } = useTranslation('volunteering');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ hours: number; content: string }>();
  const confirm = useConfirmHours(need.id);
  const { alertError, run } = useServerErrors(form);
  const max = durationHours(need.startsAt, need.endsAt);

  const submit = (values: { hours: number; content: string }) =>
    run(async () => {
      const record = await confirm.mutateAsync({
        volunteerId: signup!.volunteerId,
        hours: values.hours,
        content: values.content.trim() || undefined,
      });
      void message.success(t('needs.confirmed', { hours: hoursText(record.hours), points: record.points }));
      onClose();
    });

  return (
    <Modal
      open={Boolean(signup)}
      title={signup ? t('needs.confirmTitle', { name: signup.name }) : ''}
      okText={t('needs.confirm')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={confirm.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('needs.confirmHint', { max: hoursText(max), deadline: formatDateTime(need.confirmBy) })}
      </Typography.Paragraph>
      <ErrorAlert error={alertError} hideFieldErrors />
      <Form form={form} layout="vertical" initialValues={{ hours: max, content: '' }} onFinish={submit} preserve={false}>
        <Form.Item name="hours" label={t('field.serviceHours')} rules={[{ required: true, message: t('form.required') }]}>
          <InputNumber min={0.01} max={max} step={0.5} precision={2} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="content" label={t('field.content')}>
          <Input maxLength={500} placeholder={need.title} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
