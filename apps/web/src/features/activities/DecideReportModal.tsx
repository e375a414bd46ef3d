// Acknowledging or returning a major-activity report: an optional comment, required to return.
import type { MajorReportListItem } from '@linli/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { ApiError } from '../../app/api.js';
import { applyFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useActivityLabels } from './labels.js';
import { useDecideReport } from './queries.js';

interface Props {
  report: MajorReportListItem;
  decision: 'acknowledge' | 'return';
  onClose: () => void;
}

export function DecideReportModal({ report, decision, onClose }: Props) {
  const { t } = useActivityLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const decide = useDecideReport();
  const action = t(`queue.${decision}`);
  const conflict = decide.error instanceof ApiError && decide.error.status === 409;

  const confirm = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await decide.mutateAsync({ id: report.id, decision, body: { version: report.version, comment: values.comment?.trim() ?? '' } });
      message.success(t('queue.done', { action }));
      onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  };

  return (
    <Modal
      open
      title={t('queue.modalTitle', { action, title: report.activity.title })}
      okText={action}
      okButtonProps={{ danger: decision === 'return', loading: decide.isPending }}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={decide.error} hideFieldErrors />
      {conflict && <Alert type="warning" showIcon title={t('form.conflictDetail')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comment"
          label={t('major.comment')}
          rules={[{ required: decision === 'return', whitespace: true, message: t('queue.commentRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('queue.commentPlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
