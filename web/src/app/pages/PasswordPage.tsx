import { Alert, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { useAuthPagesT } from './auth.i18n';
import { useApiMutation } from '../../shared/hooks/useApiMutation';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { AuthShell } from './AuthShell';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Client-side copy of the policy (≥ 8 characters, 3 of 4 classes); the server is the authority. */
export function meetsPolicy(pw: string): boolean {
  if (pw.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
  return classes >= 3;
}

export function PasswordPage() {
  const t = useAuthPagesT();
  const { session, refresh, logout } = useAuth();
  const navigate = useNavigate();
  const forced = !!session?.user.mustChangePassword;
  const change = useApiMutation(
    async (v: PasswordForm) => {
      await api.post('/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      await refresh();
    },
    { success: t('password.success'), onSuccess: () => navigate('/', { replace: true }) },
  );
  const error = change.error;

  return (
    <AuthShell title={t('password.title')}>
      {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} data-testid="password-forced" />}
      <Alert type="info" title={t('password.policyTitle')} description={t('password.policy')} style={{ marginBottom: 16 }} data-testid="password-policy" />
      {error ? <ErrorAlert error={error} testId="password-error" /> : null}
      <Form<PasswordForm> layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false} data-testid="password-form" size="large">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[
            { required: true, message: t('common.required', { field: t('password.new') }) },
            {
              validator: (_, value: string | undefined) =>
                !value || meetsPolicy(value) ? Promise.resolve() : Promise.reject(new Error(t('password.policyFail'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Flex vertical gap={8}>
          <Button type="primary" htmlType="submit" block loading={change.isPending} data-testid="password-submit">
            {t('password.submit')}
          </Button>
          {forced ? (
            <Button block type="text" onClick={() => void logout('user')} data-testid="password-logout">
              {t('header.logout')}
            </Button>
          ) : (
            <Button block type="text" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))} data-testid="password-cancel">
              {t('common.back')}
            </Button>
          )}
        </Flex>
      </Form>
    </AuthShell>
  );
}
