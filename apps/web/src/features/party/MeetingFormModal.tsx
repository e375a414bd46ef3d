// Records a meeting of a party organization after it was held: kind, date (not in the future), topic, attendees.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { usePartyLabels } from './labels.js';
import { useRecordMeeting } from './queries.js';

interface Values {
  kind: string;
  heldOn: Dayjs;
  topic: string;
  attendees: number;
  notes?: string;
}

export function MeetingFormModal({ partyOrganizationId, onClose }: { partyOrganizationId: string; onClose: () => void }) {
  const labels = usePartyLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordMeeting(partyOrganizationId);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Values) => {
    setError(null);
    try {
      await record.mutateAsync({ ...values, heldOn: values.heldOn.format('YYYY-MM-DD'), notes: values.notes ?? '' });
      message.success(t('meeting.recorded'));
      onClose();
    } catch (caught) {
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Modal open title={t('meeting.new')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'member_assembly', heldOn: dayjs(), attendees: 0 }}
      >
        <Form.Item name="kind" label={t('meeting.kind')} rules={[{ required: true }]}>
          <Select options={labels.meetingKindOptions} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('meeting.heldOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="topic" label={t('meeting.topic')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="attendees" label={t('meeting.attendees')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} precision={0} />
        </Form.Item>
        <Form.Item name="notes" label={t('meeting.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
