import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/QueryState';
import { AuthShell } from './AuthShell';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useI18n();
  const { session, loading, login, endedReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (loading) return <Loading testId="session-loading" />;
  if (session) return <Navigate to={session.user.mustChangePassword ? '/password' : from && from !== '/login' ? from : '/'} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const s = await login(v.username.trim(), v.password);
      navigate(s.user.mustChangePassword ? '/password' : from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <AuthShell title={t('login.title')}>
      {endedReason === 'expired' && !error && (
        <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} data-testid="login-expired" />
      )}
      {endedReason === 'idle' && !error && (
        <Alert type="warning" showIcon title={t('login.idleLoggedOut')} style={{ marginBottom: 16 }} data-testid="login-expired" />
      )}
      {error ? <ErrorAlert error={error} testId="login-error" /> : null}
      <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form" size="large">
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        data-testid="login-demo-hint"
        title={t('login.demoHintTitle')}
        description={t('login.demoHint')}
      />
    </AuthShell>
  );
}
