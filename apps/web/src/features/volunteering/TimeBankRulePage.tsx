// /volunteering/rules — the time bank rule of a region: points per confirmed hour and the cumulative hours of each
// star level; set by the street for itself, or by civil affairs for its streets to inherit.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { TimeBankRule } from '@linli/shared';
import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useServerErrors } from '../filings/use-server-errors.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { useSaveRule, useTimeBankRule } from './queries.js';

function RuleForm({ rule, onDone }: { rule: TimeBankRule; onDone: () => void }) {
  const { t } = useTranslation('volunteering');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ pointsPerHour: number; starHours: number[] }>();
  const save = useSaveRule(rule.regionCode);
  const { alertError, run } = useServerErrors(form);
  const submit = (values: { pointsPerHour: number; starHours: number[] }) =>
    run(async () => {
      await save.mutateAsync(values);
      void message.success(t('rules.saved'));
      onDone();
    });
  return (
    <Form form={form} layout="vertical" initialValues={{ pointsPerHour: rule.pointsPerHour, starHours: rule.starHours }} onFinish={submit}>
      <ErrorAlert error={alertError} hideFieldErrors />
      <Form.Item name="pointsPerHour" label={t('field.pointsPerHour')} rules={[{ required: true, message: t('form.required') }]}>
        <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('field.starHours')} required>
        <Form.List name="starHours">
          {(fields, { add, remove }) => (
            <Space wrap>
              {fields.map((field, index) => (
                <Space key={field.key} size={4}>
                  <Form.Item {...field} noStyle rules={[{ required: true, message: t('form.required') }]}>
                    <InputNumber
                      min={1}
                      max={100000}
                      precision={0}
                      prefix={t('rules.starLabel', { count: index + 1 })}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                </Space>
              ))}
              {fields.length < 10 && (
                <Button icon={<PlusOutlined />} onClick={() => add()}>
                  {t('rules.addStar')}
                </Button>
              )}
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
        <Button onClick={onDone}>{t('action.cancel')}</Button>
      </Space>
    </Form>
  );
}

export function TimeBankRulePage() {
  const { t } = useTranslation('volunteering');
  const me = useMe();
  const { query, update } = useUrlQuery();
  const region = query.region ?? me.regionCode?.slice(0, 9) ?? undefined;
  const rule = useTimeBankRule(region);
  const [editing, setEditing] = useState(false);
  const data = rule.data;
  const source =
    data && (data.source === 'inherited' ? t('ruleSource.inherited', { region: data.sourceRegionName }) : t(`ruleSource.${data.source}`));

  return (
    <>
      {me.role === 'civil_affairs' && (
        <Space style={{ marginBottom: 16 }}>
          <RegionPicker
            value={region}
            onChange={(code) => {
              setEditing(false);
              update({ region: code });
            }}
            maxLevel={4}
            style={{ width: 300 }}
          />
        </Space>
      )}
      <Alert type="info" showIcon title={t('rules.hint')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={rule.error} />
      {data && (
        <Card
          title={data.regionName}
          loading={rule.isLoading}
          extra={data.abilities.update && !editing && <Button onClick={() => setEditing(true)}>{t('rules.edit')}</Button>}
        >
          {editing ? (
            <RuleForm rule={data} onDone={() => setEditing(false)} />
          ) : (
            <Descriptions column={1}>
              <Descriptions.Item label={t('field.pointsPerHour')}>{data.pointsPerHour}</Descriptions.Item>
              <Descriptions.Item label={t('field.starHours')}>
                <Space wrap>
                  {data.starHours.map((hours, i) => (
                    <Tag key={i} color="gold">
                      {t('rules.starLabel', { count: i + 1 })}：{t('unit.hours', { value: hours })}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('rules.source')}>
                {source}
                {data.updatedAt && ` · ${formatDateTime(data.updatedAt)}`}
              </Descriptions.Item>
              {!data.abilities.update && <Descriptions.Item>{t('rules.readOnly')}</Descriptions.Item>}
            </Descriptions>
          )}
        </Card>
      )}
    </>
  );
}
