// /account/password — POST /auth/password. A wrong current password shows on its field and counts
// towards the lockout (the server says so when it locks).
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.js';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const strongPassword = (p: string) => p.length >= 10 && p.length <= 128 && /[A-Za-z]/.test(p) && /\d/.test(p);

export function ChangePasswordPage() {
  const { t } = useTranslation('account');
  const [form] = Form.useForm<Values>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<void>('/auth/password', body),
  });

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setAlertError(null);
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      form.resetFields();
    } catch (error) {
      setAlertError(showFieldErrors(form, error));
    }
  };
  const required = { required: true, message: t('password.required') };

  return (
    <>
      <PageHeader title={t('password.title')} breadcrumbs={[{ title: t('password.title') }]} />
      <Card style={{ maxWidth: 560 }}>
        <Typography.Paragraph type="secondary">{t('password.intro')}</Typography.Paragraph>
        {change.isSuccess && <Alert type="success" showIcon title={t('password.done')} style={{ marginBottom: 16 }} />}
        <ErrorAlert error={alertError} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={change.isPending}
          onValuesChange={() => change.isSuccess && change.reset()}
        >
          <Form.Item name="currentPassword" label={t('password.current')} rules={[required]} extra={t('password.lockoutHint')}>
            <Input.Password autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            dependencies={['currentPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, value?: string) => {
                  if (!value) return;
                  if (!strongPassword(value)) throw new Error(t('password.weak'));
                  if (value === getFieldValue('currentPassword')) throw new Error(t('password.sameAsCurrent'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, value?: string) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
