import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { LockOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { useAuth } from '../../../app/auth/AuthContext';
import { AuthShell } from '../../../app/pages/AuthShell';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { useSignUpT } from './signUp.i18n';
import { useCountdown } from './useCountdown';

interface SignUpForm {
  phone: string;
  code: string;
  password: string;
  confirm: string;
  districtCode: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
const digits = (v: string | undefined) => (v ?? '').replace(/[\s-]/g, '');

/** /sign-up — a resident signs up with their phone and a code sent to it, then is led to ask for binding to their house. */
export function SignUpPage() {
  const t = useSignUpT();
  const { session, loading, refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<SignUpForm>();
  const [resendAt, setResendAt] = useState<number | null>(null);
  const wait = useCountdown(resendAt);
  const districts = useQuery({
    queryKey: ['accounts', 'sign-up', 'districts'],
    queryFn: ({ signal }) => api.get('/api/accounts/sign-up/districts', { signal }),
    staleTime: 10 * 60_000,
  });
  const sendCode = useApiMutation((phone: string) => api.post('/api/accounts/sign-up/code', { body: { phone } }), {
    onSuccess: (r) => setResendAt(Date.now() + r.resendAfterSeconds * 1000),
  });
  const submit = useApiMutation(
    async (v: SignUpForm) => {
      await api.post('/api/accounts/sign-up', { body: { phone: digits(v.phone), code: v.code.trim(), password: v.password, districtCode: v.districtCode } });
      await refresh();
    },
    { onSuccess: () => navigate('/people/bind', { replace: true }) },
  );

  const items = districts.data?.items ?? [];
  // The district the visitor came from (the public page's), or the only one there is.
  const preset = items.find((d) => d.code === params.get('district'))?.code ?? (items.length === 1 ? items[0]!.code : undefined);
  useEffect(() => {
    if (preset && !form.getFieldValue('districtCode')) form.setFieldValue('districtCode', preset);
  }, [preset, form]);

  if (loading) return <Loading testId="session-loading" />;
  if (session && !submit.isPending && !submit.isSuccess) return <Navigate to="/" replace />;

  const askCode = async () => {
    const { phone } = await form.validateFields(['phone']);
    sendCode.mutate(digits(phone));
  };

  return (
    <AuthShell title={t('signUp.title')}>
      <Typography.Paragraph type="secondary">{t('signUp.intro')}</Typography.Paragraph>
      {sendCode.error ? <ErrorAlert error={sendCode.error} testId="sign-up-code-error" /> : null}
      {submit.error ? <ErrorAlert error={submit.error} testId="sign-up-error" /> : null}
      {sendCode.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="sign-up-code-sent"
          title={t('signUp.codeSent', { phone: sendCode.data.sentTo, minutes: Math.round(sendCode.data.expiresInSeconds / 60) })}
        />
      )}
      {districts.isSuccess && items.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('signUp.noDistricts')} />}
      <Form<SignUpForm> form={form} layout="vertical" requiredMark={false} size="large" data-testid="sign-up-form" onFinish={(v) => submit.mutate(v)}>
        <Form.Item label={t('signUp.phone')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="phone"
              noStyle
              rules={[
                { required: true, whitespace: true, message: t('signUp.phoneRequired') },
                { validator: (_, v: string) => (!v || MOBILE.test(digits(v)) ? Promise.resolve() : Promise.reject(new Error(t('signUp.phoneInvalid')))) },
              ]}
            >
              <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel" maxLength={20} autoFocus data-testid="sign-up-phone" />
            </Form.Item>
            <Button onClick={askCode} disabled={wait > 0} loading={sendCode.isPending} data-testid="sign-up-send-code">
              {wait > 0 ? t('signUp.resendIn', { seconds: wait }) : t('signUp.sendCode')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="code" label={t('signUp.code')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('signUp.codeRequired') }]}>
          <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="sign-up-code" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('signUp.password')}
          extra={t('signUp.passwordRules')}
          rules={[{ required: true, message: t('signUp.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="sign-up-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('signUp.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('signUp.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => (!v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('signUp.mismatch')))),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="sign-up-confirm" />
        </Form.Item>
        <Form.Item name="districtCode" label={t('signUp.district')} rules={[{ required: true, message: t('signUp.districtRequired') }]}>
          <Select
            loading={districts.isPending}
            options={items.map((d) => ({ value: d.code, label: d.name }))}
            data-testid="sign-up-district"
            aria-label={t('signUp.district')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submit.isPending} data-testid="sign-up-submit">
          {t('signUp.submit')}
        </Button>
      </Form>
      <Link to="/login" style={{ display: 'block', textAlign: 'center', marginTop: 12 }} data-testid="sign-up-login">
        {t('signUp.haveAccount')}
      </Link>
      <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('signUp.demoHint')} />
    </AuthShell>
  );
}
