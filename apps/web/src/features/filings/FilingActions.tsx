// The buttons the server allows (abilities.actions). Each asks for a comment, then posts
// { action, comment, version }; resubmission opens the edit form instead.
import { actionsNeedingComment, type FilingAction, type FilingDetail } from '@linli/shared';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../app/api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { applyFieldErrors } from '../../app/form-errors.js';
import { actionStyle, useFilingLabels } from './labels.js';
import { useRefreshFiling, useTransitionFiling } from './queries.js';

// The order in which the buttons read best: forward first, then back, then stop.
const order = ['approve', 'file', 'resubmit', 'return', 'reject', 'withdraw'];

export function FilingActions({ filing, onResubmit }: { filing: FilingDetail; onResubmit: () => void }) {
  const labels = useFilingLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const [action, setAction] = useState<string | null>(null);
  const [postedVersion, setPostedVersion] = useState<number | null>(null);
  const [form] = Form.useForm<{ comment?: string }>();
  const transition = useTransitionFiling(filing.id);
  const refresh = useRefreshFiling(filing.id);
  const actions = [...filing.abilities.actions].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  // The filing moved on while the dialog was open (another reviewer, another tab).
  const stale = postedVersion !== null && transition.isError && filing.version !== postedVersion;

  const open = (next: string) => {
    if (next === 'resubmit') return onResubmit();
    transition.reset();
    setPostedVersion(null);
    setAction(next);
  };

  const confirm = async () => {
    if (!action) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    const comment = values.comment ?? '';
    setPostedVersion(filing.version);
    try {
      await transition.mutateAsync({ action, comment: comment.trim(), version: filing.version });
      message.success(t('transition.done', { action: labels.action(action) }));
      setAction(null);
    } catch (error) {
      applyFieldErrors(form, error);
      // Someone may have acted first: show the latest state behind the dialog; the server's message says why.
      if (error instanceof ApiError && (error.status === 409 || error.status === 403)) void refresh();
    }
  };

  return (
    <>
      {actions.length > 0 && (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} {...actionStyle[a]} onClick={() => open(a)}>
              {labels.action(a)}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={action !== null}
        title={action ? t('transition.modalTitle', { action: labels.action(action), name: filing.organizationName }) : ''}
        okText={action ? labels.action(action) : undefined}
        okButtonProps={{ danger: action ? actionStyle[action]?.danger : false, loading: transition.isPending }}
        onOk={confirm}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <ErrorAlert error={transition.error} hideFieldErrors />
        {stale && <Alert type="warning" showIcon title={t('transition.conflict')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label={t('field.comment')}
            rules={[
              {
                required: action !== null && actionsNeedingComment.includes(action as FilingAction),
                whitespace: true,
                message: t('transition.commentRequired'),
              },
              { max: 2000 },
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('transition.commentPlaceholder')} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
