// The inputs of the organization form, grouped in cards; used for both create and edit.
import { Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { useMe } from '../../app/auth.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { flagKeys, useOrganizationLabels } from './labels.js';
import { dateItemProps, disableFutureDates, registryRules } from './rules.js';

interface Props {
  mode: 'create' | 'edit';
  /** Masked current values, shown as placeholders of the empty personal-data inputs on edit. */
  masked?: { leaderPhone?: string | null; leaderIdNumber?: string | null; contactPhone?: string | null };
}

export function OrganizationFormFields({ mode, masked }: Props) {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const rules = registryRules(t);
  const tier = Form.useWatch('tier');
  const me = useMe();
  // mca-2017 三（一）: registered social organizations are registered by civil affairs; the server refuses others.
  const tierOptions = labels.tierOptions.map((option) =>
    option.value === 'registered' && me?.role !== 'civil_affairs'
      ? { ...option, disabled: true, title: t('check.registeredOnlyCivilAffairs') }
      : option,
  );
  const keepHint = (value?: string | null) => (mode === 'edit' && value ? `${value}（${t('form.keepBlank')}）` : undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('form.sections.basics')}>
        <Form.Item name="name" label={t('field.name')} rules={[rules.required, rules.max(100)]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="tier" label={t('field.tier')} rules={[rules.requiredChoice]}>
          <Radio.Group options={tierOptions} optionType="button" buttonStyle="solid" />
        </Form.Item>
        {tier === 'registered' && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="legalForm" label={t('field.legalForm')} extra={t('hint.legalForm')}>
                <Select allowClear options={labels.legalFormOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="creditCode" label={t('field.creditCode')} extra={t('hint.creditCode')} rules={[rules.creditCode]}>
                <Input maxLength={18} style={{ textTransform: 'uppercase', fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="regionCode" label={t('field.regionCode')} extra={t('hint.regionCode')} rules={[rules.requiredChoice]}>
          <RegionPicker minLevel={4} style={{ width: '100%' }} />
        </Form.Item>
        {mode === 'edit' && (
          <Form.Item name="status" label={t('field.status')} rules={[rules.requiredChoice]}>
            <Radio.Group options={labels.statusOptions} />
          </Form.Item>
        )}
      </Card>

      <Card title={t('form.sections.people')} extra={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('hint.personalData')}</span>}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="leaderName" label={t('field.leaderName')} rules={[rules.required, rules.max(50)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="leaderPhone" label={t('field.leaderPhone')} rules={[rules.phone]}>
              <Input maxLength={13} placeholder={keepHint(masked?.leaderPhone)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="leaderIdNumber" label={t('field.leaderIdNumber')} rules={[rules.idNumber]}>
              <Input maxLength={18} placeholder={keepHint(masked?.leaderIdNumber)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('field.contactName')} rules={[rules.max(50)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('field.contactPhone')} rules={[rules.phone]}>
              <Input maxLength={13} placeholder={keepHint(masked?.contactPhone)} />
            </Form.Item>
          </Col>
          {mode === 'create' && (
            <Col xs={24} md={8}>
              <Form.Item name="leaderUsername" label={t('field.leaderUsername')} extra={t('hint.leaderUsername')} rules={[rules.max(32)]}>
                <Input maxLength={32} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>

      <Card title={t('form.sections.service')}>
        <Form.Item name="serviceFields" label={t('field.serviceFields')} rules={rules.serviceFields}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={labels.serviceFieldOptions} />
        </Form.Item>
        <Form.Item name="targetGroups" label={t('field.targetGroups')}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={labels.targetGroupOptions} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="memberCount" label={t('field.memberCount')} extra={t('hint.memberCount')} rules={[rules.requiredChoice]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="foundedOn" label={t('field.foundedOn')} rules={[rules.notInFuture]} {...dateItemProps}>
              <DatePicker disabledDate={disableFutureDates} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="venue" label={t('field.venue')} rules={[rules.max(200)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('field.description')} rules={[rules.max(2000)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Card>

      <Card title={t('form.sections.flags')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="hubKind" label={t('field.hubKind')}>
              <Select options={labels.hubKindOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('field.flags')}>
              <Space wrap>
                {flagKeys.map((key) => (
                  <Form.Item key={key} name={key} valuePropName="checked" noStyle>
                    <Checkbox>{labels.flag(key)}</Checkbox>
                  </Form.Item>
                ))}
              </Space>
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
