import { useState } from 'react';
import { Alert, Button, Divider, Form, Input } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, isApiError } from '../api/client';
import type { Session } from '../api/types';
import { isSecondStep, useAuth } from '../auth/AuthContext';
import { useTwoFactorT } from '../auth/twoFactor.i18n';
import { useAuthPagesT } from './auth.i18n';
import { useApiMutation } from '../../shared/hooks/useApiMutation';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { AuthShell } from './AuthShell';

interface LoginForm {
  username: string;
  password: string;
}

const SSO_REFUSALS = ['unknown_account', 'expired', 'failed', 'unavailable'] as const;

/** Whether single sign-on is configured, and the words of its button. */
function useOidc() {
  return useQuery({
    queryKey: ['auth', 'oidc'],
    queryFn: ({ signal }) => api.get('/api/auth/oidc', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function LoginPage() {
  const t = useAuthPagesT();
  const tf = useTwoFactorT();
  const { session, loading, login, endedReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  // A challenge that ended sends the user back here with its reason.
  const [restartError, setRestartError] = useState<unknown>(null);
  // A single sign-on whose account has a second factor comes back here for the code (the challenge is in a cookie).
  const [step, setStep] = useState<'password' | 'code'>(params.get('step') === 'code' ? 'code' : 'password');
  const oidc = useOidc();
  const from = (location.state as { from?: string } | null)?.from;
  const destination = (s: Session) =>
    s.user.mustChangePassword ? '/password' : s.user.mustEnrollSecondFactor ? '/two-factor' : from && from !== '/login' ? from : '/';
  const ssoRefusal = SSO_REFUSALS.find((r) => r === params.get('sso'));
  const submit = useApiMutation((v: LoginForm) => login(v.username.trim(), v.password), {
    onSuccess: (r) => (isSecondStep(r) ? setStep('code') : navigate(destination(r), { replace: true })),
  });
  const error = submit.error ?? restartError;

  if (loading) return <Loading testId="session-loading" />;
  if (session) return <Navigate to={destination(session)} replace />;

  if (step === 'code') {
    return (
      <SecondFactorStep
        onDone={(s) => navigate(destination(s), { replace: true })}
        onRestart={(e) => {
          submit.reset();
          setRestartError(e ?? null);
          setStep('password');
          navigate('/login', { replace: true, state: location.state });
        }}
      />
    );
  }

  return (
    <AuthShell title={t('login.title')}>
      {ssoRefusal && !error && (
        <Alert type="error" showIcon title={tf(`tf.sso.${ssoRefusal}` as const)} style={{ marginBottom: 16 }} data-testid="login-sso-refused" />
      )}
      {endedReason === 'expired' && !error && (
        <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} data-testid="login-expired" />
      )}
      {endedReason === 'idle' && !error && (
        <Alert type="warning" showIcon title={t('login.idleLoggedOut')} style={{ marginBottom: 16 }} data-testid="login-expired" />
      )}
      {error ? <ErrorAlert error={error} testId="login-error" /> : null}
      <Form<LoginForm>
        layout="vertical"
        onFinish={(v) => {
          setRestartError(null);
          submit.mutate(v);
        }}
        requiredMark={false}
        data-testid="login-form"
        size="large"
      >
        <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submit.isPending} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
      {oidc.data?.enabled && (
        <>
          <Divider plain>{tf('tf.or')}</Divider>
          {/* A navigation, not a request: the provider's pages take over the window. */}
          <Button block size="large" icon={<SafetyOutlined />} href="/api/auth/oidc/start" data-testid="login-sso">
            {tf('tf.sso', { label: oidc.data.label ?? tf('tf.ssoDefault') })}
          </Button>
        </>
      )}
      <Link to="/sign-up" style={{ display: 'block', textAlign: 'center', marginTop: 12 }} data-testid="login-sign-up">
        {t('login.signUp')}
      </Link>
      {/* The district's public side needs no account. */}
      <Link to="/public" style={{ display: 'block', textAlign: 'center', marginTop: 12 }} data-testid="login-public">
        {t('login.public')}
      </Link>
      <Alert type="info" showIcon style={{ marginTop: 16 }} data-testid="login-demo-hint" title={t('login.demoHintTitle')} description={t('login.demoHint')} />
    </AuthShell>
  );
}

/** The second step: the authenticator's code, or a recovery code. */
function SecondFactorStep({ onDone, onRestart }: { onDone: (s: Session) => void; onRestart: (error?: unknown) => void }) {
  const tf = useTwoFactorT();
  const { completeSecondFactor } = useAuth();
  const [recovery, setRecovery] = useState(false);
  const [form] = Form.useForm<{ code?: string; recoveryCode?: string }>();
  const verify = useApiMutation(
    (v: { code?: string; recoveryCode?: string }) => completeSecondFactor(recovery ? { recoveryCode: v.recoveryCode?.trim() } : { code: v.code?.trim() }),
    { onSuccess: onDone },
  );
  const error = verify.error;
  const onFinish = (v: { code?: string; recoveryCode?: string }) =>
    verify.mutate(v, {
      onError: (e) => {
        // The challenge has ended (time, attempts or a lock): only the password step can start another.
        if (isApiError(e) && e.code === 'LOGIN_CHALLENGE_ENDED') onRestart(e);
        else form.resetFields();
      },
    });

  return (
    <AuthShell title={tf('tf.loginTitle')}>
      <Alert
        type="info"
        showIcon
        title={recovery ? tf('tf.loginRecoveryHint') : tf('tf.loginHint')}
        style={{ marginBottom: 16 }}
        data-testid="login-code-hint"
      />
      {error ? <ErrorAlert error={error} testId="login-code-error" /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-code-form" size="large">
        {recovery ? (
          <Form.Item name="recoveryCode" label={tf('tf.recoveryCode')} rules={[{ required: true, whitespace: true, message: tf('tf.recoveryRequired') }]}>
            <Input autoComplete="off" autoFocus placeholder="ABCDE-FGHJK" data-testid="login-recovery-code" />
          </Form.Item>
        ) : (
          <Form.Item name="code" label={tf('tf.code')} rules={[{ required: true, pattern: /^\s*\d{3}\s?\d{3}\s*$/, message: tf('tf.codeRequired') }]}>
            <Input inputMode="numeric" autoComplete="one-time-code" autoFocus maxLength={7} placeholder="123456" data-testid="login-code" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={verify.isPending} data-testid="login-code-submit">
          {tf('tf.verify')}
        </Button>
      </Form>
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => {
          setRecovery(!recovery);
          verify.reset();
        }}
        data-testid="login-use-recovery"
      >
        {recovery ? tf('tf.useCode') : tf('tf.useRecovery')}
      </Button>
      <Button type="text" block onClick={() => onRestart()} data-testid="login-code-restart">
        {tf('tf.restart')}
      </Button>
    </AuthShell>
  );
}
