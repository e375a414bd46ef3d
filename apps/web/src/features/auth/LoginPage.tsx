// /login — username and password; the server's refusal (wrong password, lockout, disabled) is shown as it says it.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth.js';
import { LanguageSwitch } from '../../app/LanguageSwitch.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths of this site: `?next=//evil.example` must not send the user elsewhere. */
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: common } = useTranslation('common');
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<Credentials>();
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(username, password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: 'linear-gradient(160deg, #e8f1fc 0%, #f5f6f8 60%)' }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title level={2} style={{ marginBottom: 4, textAlign: 'center' }}>
        {common('product')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24, textAlign: 'center' }}>
        {t('subtitle')}
      </Typography.Paragraph>
      <Card title={t('title')} style={{ width: '100%', maxWidth: 400 }}>
        <ErrorAlert error={error} />
        <Form<Credentials> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={submitting}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('hint')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
