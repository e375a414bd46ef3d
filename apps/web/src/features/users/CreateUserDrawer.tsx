// 新建账号: username, name, role, the region the role works in, and an initial password.
// The server's field errors (duplicate username, wrong region level …) appear on their fields.
import { regionLevelsOfRole, regionScopedRoles, roles, type CreateUserBody, type Role } from '@linli/shared';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useCreateUser } from './queries.js';

interface Values extends Omit<CreateUserBody, 'regionCode'> {
  regionCode?: string;
  passwordConfirm: string;
}

// The same rules as packages/shared usernameSchema and newPasswordSchema, checked before the round trip.
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;
const strongPassword = (p: string) => p.length >= 10 && p.length <= 128 && /[A-Za-z]/.test(p) && /\d/.test(p);

export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation('common');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const [alertError, setAlertError] = useState<unknown>(null);
  const role = Form.useWatch('role', form) as Role | undefined;
  const levels = role ? regionLevelsOfRole[role] : [];
  const scoped = role ? regionScopedRoles.includes(role) : false;

  const close = () => {
    form.resetFields();
    setAlertError(null);
    onClose();
  };

  const submit = async ({ passwordConfirm: _confirm, regionCode, ...values }: Values) => {
    setAlertError(null);
    try {
      const created = await create.mutateAsync({ ...values, regionCode: scoped ? (regionCode ?? null) : null });
      void message.success(t('form.created', { name: created.displayName }));
      close();
    } catch (error) {
      setAlertError(showFieldErrors(form, error));
    }
  };

  const required = { required: true, message: t('form.required') };

  return (
    <Drawer
      title={t('form.title')}
      open={open}
      onClose={close}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={close}>{common('action.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('form.submit')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={alertError} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={create.isPending} autoComplete="off">
        <Form.Item
          name="username"
          label={t('form.username')}
          extra={t('form.usernameHelp')}
          rules={[required, { pattern: USERNAME, message: t('form.usernameInvalid') }]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('form.displayName')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('form.role')} rules={[required]}>
          <Select
            options={roles.map((value) => ({ value, label: common(`role.${value}`) }))}
            onChange={() => form.setFieldValue('regionCode', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('form.region')}
          extra={role ? t(scoped ? `form.regionHelp.${role}` : 'form.regionHelp.none') : undefined}
          rules={scoped ? [required] : []}
        >
          <RegionPicker
            disabled={!scoped}
            placeholder={role ? undefined : t('form.chooseRoleFirst')}
            minLevel={Math.min(...levels, 5)}
            maxLevel={Math.max(...levels, 1)}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('form.password')}
          extra={t('form.passwordHelp')}
          rules={[
            required,
            {
              validator: async (_, value?: string) =>
                !value || strongPassword(value) ? undefined : Promise.reject(new Error(t('form.passwordWeak'))),
            },
          ]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="passwordConfirm"
          label={t('form.passwordConfirm')}
          dependencies={['password']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) =>
                !value || value === getFieldValue('password') ? undefined : Promise.reject(new Error(t('form.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
