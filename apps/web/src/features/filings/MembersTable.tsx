// Editable member list of a filing (name + role), one row per member — tianjin-2018 三（二）: 成员名单.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table } from 'antd';
import { registryRules } from '../organizations/rules.js';
import { useFilingLabels } from './labels.js';

export function MembersTable({ name = 'members' }: { name?: string }) {
  const { t } = useFilingLabels();
  const rules = registryRules(t);
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: (_rule, members: unknown[] | undefined) =>
            members && members.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('submit.membersHint'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            columns={[
              { title: '#', key: 'index', width: 48, render: (_value, _field, index) => index + 1 },
              {
                title: t('field.memberName'),
                key: 'name',
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'name']} rules={[rules.required, rules.max(50)]} style={{ margin: 0 }}>
                    <Input maxLength={50} aria-label={t('field.memberName')} />
                  </Form.Item>
                ),
              },
              {
                title: t('field.memberRole'),
                key: 'role',
                render: (_value, field) => (
                  <Form.Item name={[field.name, 'role']} rules={[rules.max(30)]} style={{ margin: 0 }}>
                    <Input maxLength={30} aria-label={t('field.memberRole')} />
                  </Form.Item>
                ),
              },
              {
                key: 'remove',
                width: 56,
                render: (_value, field) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label="remove" onClick={() => remove(field.name)} />
                ),
              },
            ]}
          />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '' })} style={{ marginTop: 8 }} block>
            {t('submit.addMember')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
