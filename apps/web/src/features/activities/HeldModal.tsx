// "标记已举办": the head count, and the beneficiaries and summary as they turned out (left as planned if untouched).
import type { ActivityDetail } from '@linli/shared';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { applyFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useActivityLabels } from './labels.js';
import { useActivityAction } from './queries.js';

export function HeldModal({ activity, open, onClose }: { activity: ActivityDetail; open: boolean; onClose: () => void }) {
  const { t } = useActivityLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ actualParticipants: number; summary: string }>();
  const held = useActivityAction(activity.id);

  const confirm = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await held.mutateAsync({ action: 'held', body: { ...values, summary: values.summary.trim(), version: activity.version } });
      message.success(t('action.held'));
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('heldModal.title', { title: activity.title })}
      okText={t('heldModal.ok')}
      okButtonProps={{ loading: held.isPending }}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={held.error} hideFieldErrors />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ actualParticipants: activity.expectedParticipants, summary: activity.summary }}
      >
        <Form.Item
          name="actualParticipants"
          label={t('field.actualParticipants')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="summary" label={t('field.summary')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
