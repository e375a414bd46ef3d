// Inputs of what a filing proposes: the whole organization (establish) or the items to change (change).
import { Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Switch } from 'antd';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useOrganizationLabels } from '../organizations/labels.js';
import { dateItemProps, disableFutureDates, registryRules } from '../organizations/rules.js';
import { MembersTable } from './MembersTable.js';
import { useFilingLabels } from './labels.js';

interface Props {
  mode: 'establish' | 'change';
  /** Masked current values (change, resubmission): placeholders of the personal-data inputs left blank to keep them. */
  masked?: { leaderPhone?: string | null; leaderIdNumber?: string | null; contactPhone?: string | null };
}

export function ProposedOrganizationFields({ mode, masked }: Props) {
  const org = useOrganizationLabels();
  const { t } = useFilingLabels();
  const o = org.t;
  const rules = registryRules(o);
  const establish = mode === 'establish';
  const updateMaterials = Form.useWatch('updateMaterials');
  const keep = (value?: string | null) => (masked ? `${value ?? ''}（${t('submit.keepBlank')}）` : undefined);
  // tianjin-2018 三（二）: filing is for teams and groups; registered organizations register with civil affairs.
  const tierOptions = org.tierOptions.filter((option) => option.value !== 'registered');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('submit.sections.organization')}>
        <Form.Item name="name" label={o('field.name')} rules={[rules.required, rules.max(100)]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        {establish && (
          <>
            <Form.Item name="tier" label={o('field.tier')} rules={[rules.requiredChoice]}>
              <Radio.Group options={tierOptions} optionType="button" buttonStyle="solid" />
            </Form.Item>
            <Form.Item name="regionCode" label={o('field.regionCode')} extra={o('hint.regionCode')} rules={[rules.requiredChoice]}>
              <RegionPicker minLevel={4} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="serviceFields" label={o('field.serviceFields')} rules={rules.serviceFields}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={org.serviceFieldOptions} />
        </Form.Item>
        <Form.Item name="targetGroups" label={o('field.targetGroups')}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={org.targetGroupOptions} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="memberCount" label={o('field.memberCount')} extra={o('hint.memberCount')} rules={[rules.requiredChoice]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="foundedOn" label={o('field.foundedOn')} rules={[rules.notInFuture]} {...dateItemProps}>
              <DatePicker disabledDate={disableFutureDates} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="venue" label={o('field.venue')} rules={[rules.max(200)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={o('field.description')} rules={[rules.max(2000)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Card>

      <Card title={t('submit.sections.leader')} extra={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{o('hint.personalData')}</span>}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="leaderName" label={o('field.leaderName')} rules={[rules.required, rules.max(50)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="leaderPhone" label={o('field.leaderPhone')} rules={[rules.phone]}>
              <Input maxLength={13} placeholder={keep(masked?.leaderPhone)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="leaderIdNumber" label={o('field.leaderIdNumber')} rules={[rules.idNumber]}>
              <Input maxLength={18} placeholder={keep(masked?.leaderIdNumber)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={o('field.contactName')} rules={[rules.max(50)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={o('field.contactPhone')} rules={[rules.phone]}>
              <Input maxLength={13} placeholder={keep(masked?.contactPhone)} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card
        title={t('submit.sections.materials')}
        extra={
          !establish && (
            <Space>
              {t('submit.updateMaterials')}
              <Form.Item name="updateMaterials" valuePropName="checked" noStyle>
                <Switch />
              </Form.Item>
            </Space>
          )
        }
      >
        {(establish || updateMaterials) && (
          <>
            <Form.Item name="charter" label={t('field.charter')} rules={[rules.required, rules.max(20000)]}>
              <Input.TextArea rows={8} maxLength={20000} showCount placeholder={t('submit.charterPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('field.members')} extra={t('submit.membersHint')} required>
              <MembersTable />
            </Form.Item>
          </>
        )}
      </Card>
    </Space>
  );
}
