// The inputs of the activity form, for both recording and editing.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ActivitySeriesList } from '@linli/shared';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useOrganizationLabels } from '../organizations/labels.js';
import { MajorRuleHint } from './MajorRuleHint.js';
import { OrganizationSelect } from './OrganizationSelect.js';
import type { ActivityFormValues } from './activity-form-values.js';
import { useActivityLabels } from './labels.js';

interface Props {
  mode: 'create' | 'edit';
  /** What the organization's region adopts: its series and major-activity rule (undefined until one is chosen) */
  packs: ActivitySeriesList | undefined;
  onOrganization: (regionCode: string | undefined) => void;
}

export function ActivityFormFields({ mode, packs, onOrganization }: Props) {
  const labels = useActivityLabels();
  const { t } = labels;
  const groups = useOrganizationLabels().targetGroupOptions;
  const form = Form.useFormInstance<ActivityFormValues>();
  const kind = Form.useWatch('kind', form);
  const expected = Form.useWatch('expectedParticipants', form);
  const required = { required: true, message: t('form.required') };
  const seriesOptions = packs?.series.map((s) => ({ value: s.id, label: labels.text(s.name) })) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        {mode === 'create' && (
          <Form.Item name="organizationId" label={t('field.organization')} rules={[required]}>
            <OrganizationSelect
              activeOnly
              onChange={(id, organization) => {
                form.setFieldsValue({ organizationId: id, seriesId: null });
                onOrganization(organization?.regionCode);
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('field.title')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('field.kind')} rules={[required]}>
              <Select options={labels.kindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="seriesId"
              label={t('field.series')}
              extra={packs && seriesOptions.length === 0 ? t('hint.noSeries') : t('hint.series')}
            >
              <Select allowClear options={seriesOptions} disabled={!packs} placeholder={packs ? undefined : t('hint.organizationFirst')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="startsAt" label={t('field.startsAt')} rules={[required]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="endsAt"
              label={t('field.endsAt')}
              dependencies={['startsAt']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    !value || !getFieldValue('startsAt') || value.isAfter(getFieldValue('startsAt'))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('form.endsAfterStart'))),
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="venue" label={t('field.venue')} rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="expectedParticipants" label={t('field.expectedParticipants')} rules={[required]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="isPublic" label={t('field.isPublic')} valuePropName="checked" extra={t('hint.isPublic')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {packs && <MajorRuleHint rule={packs.majorActivityRule} kind={kind} expected={expected} />}
      </Card>
      <Card title={t('field.beneficiaries')} extra={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('hint.beneficiaries')}</span>}>
        <Form.List name="beneficiaries">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Space key={row.key} align="baseline" wrap>
                  <Form.Item name={[row.name, 'group']} rules={[required]}>
                    <Select options={groups} style={{ width: 260 }} placeholder={t('field.beneficiaryGroup')} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'count']} rules={[required]}>
                    <InputNumber min={0} max={1_000_000} precision={0} placeholder={t('field.beneficiaryCount')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(row.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                {t('form.addBeneficiary')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card>
        <Form.Item name="summary" label={t('field.summary')} extra={t('hint.summary')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Card>
    </Space>
  );
}
