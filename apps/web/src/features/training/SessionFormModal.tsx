// A new session of a course: when (start and end, the end after the start) and where.
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useTrainingLabels } from './labels.js';
import { useAddSession } from './queries.js';

interface Values {
  time: [Dayjs, Dayjs];
  venue?: string;
}

export function SessionFormModal({ courseId, onClose }: { courseId: string; onClose: () => void }) {
  const { t } = useTrainingLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddSession(courseId);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ time, venue }: Values) => {
    setError(null);
    try {
      await add.mutateAsync({ startsAt: time[0].toISOString(), endsAt: time[1].toISOString(), venue: venue ?? '' });
      message.success(t('session.created'));
      onClose();
    } catch (caught) {
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Modal open title={t('session.new')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={add.isPending} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="time" label={t('session.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="venue" label={t('session.venue')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
