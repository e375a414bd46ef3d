// The sign-in sheet form: rows of name, audience and (optional) organization, or names pasted one per line.
// The server records the sheet in one go and skips people already on the session.
import type { TrainingSession } from '@linli/shared';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useTrainingLabels } from './labels.js';
import { OrganizationSelect } from './OrganizationSelect.js';
import { useRecordAttendance } from './queries.js';

interface Row {
  name?: string;
  audience?: string;
  organizationId?: string | null;
}

export function AttendanceEntry({ session }: { session: TrainingSession }) {
  const labels = useTrainingLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ attendees: Row[] }>();
  const record = useRecordAttendance(session.id);
  const [error, setError] = useState<unknown>(null);
  const [pasted, setPasted] = useState('');
  const audienceOptions = labels.audienceOptions.filter((o) => session.audiences.includes(o.value));
  const defaultAudience = session.audiences[0];
  const [pasteAudience, setPasteAudience] = useState(defaultAudience);

  const addPasted = () => {
    const names = pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const rows = (form.getFieldValue('attendees') as Row[]).filter((row) => row.name?.trim());
    form.setFieldValue('attendees', [...rows, ...names.map((name) => ({ name, audience: pasteAudience }))]);
    setPasted('');
  };

  const submit = async ({ attendees }: { attendees: Row[] }) => {
    setError(null);
    try {
      const result = await record.mutateAsync({
        attendees: attendees.map((a) => ({ ...a, organizationId: a.organizationId || undefined })),
      });
      message.success(t('sheet.recorded', { count: result.recorded }));
      if (result.skipped.length > 0) message.info(t('sheet.skipped', { count: result.skipped.length, names: result.skipped.join('、') }));
      form.setFieldValue('attendees', [{ audience: defaultAudience }]);
    } catch (caught) {
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Card title={t('sheet.entry')}>
      <Typography.Paragraph type="secondary">{t('sheet.entryHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} onFinish={submit} initialValues={{ attendees: [{ audience: defaultAudience }] }}>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top">
                  <Col flex="160px">
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, max: 50 }]}>
                      <Input placeholder={t('sheet.name')} />
                    </Form.Item>
                  </Col>
                  <Col flex="180px">
                    <Form.Item name={[field.name, 'audience']} rules={[{ required: true }]}>
                      <Select options={audienceOptions} placeholder={t('sheet.audience')} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'organizationId']}>
                      <OrganizationSelect region={session.regionCode} />
                    </Form.Item>
                  </Col>
                  <Col flex="32px">
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('sheet.remove')}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ audience: defaultAudience })} style={{ marginBottom: 16 }}>
                {t('sheet.addRow')}
              </Button>
            </>
          )}
        </Form.List>
        <Flex gap="small" align="start" wrap style={{ marginBottom: 16 }}>
          <Input.TextArea
            rows={3}
            style={{ flex: '1 1 280px' }}
            value={pasted}
            placeholder={t('sheet.pastePlaceholder')}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Space orientation="vertical">
            <Select style={{ width: 180 }} options={audienceOptions} value={pasteAudience} onChange={setPasteAudience} />
            <Button onClick={addPasted} disabled={!pasted.trim()}>
              {t('sheet.pasteAdd')}
            </Button>
          </Space>
        </Flex>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('sheet.submit')}
        </Button>
      </Form>
    </Card>
  );
}
