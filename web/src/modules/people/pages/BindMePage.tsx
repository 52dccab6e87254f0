import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { usePermission } from '../../../app/auth/permissions';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { formatTime } from '../../../shared/format';
import { useBindMeT } from '../bindMe.i18n';

const meKey = ['people', 'me'] as const;

/** /people/bind — a resident, or a person who just signed up, asks their committee to bind the account to their house. */
export default function BindMePage() {
  const t = useBindMeT();
  const [form] = Form.useForm<{ name: string; docNumber: string }>();
  const mayReport = usePermission('appeals.report');
  const me = useQuery({ queryKey: meKey, queryFn: ({ signal }) => api.get('/api/people/me', { signal }) });
  const ask = useApiMutation(
    (v: { name: string; docNumber: string }) => api.post('/api/people/binding', { body: { name: v.name.trim(), docNumber: v.docNumber.trim() } }),
    {
      success: t('bindMe.sent'),
      invalidate: [meKey],
      onSuccess: () => form.resetFields(),
    },
  );
  const withdraw = useApiMutation(() => api.post('/api/people/binding/withdraw', {}), { success: t('bindMe.withdrawn'), invalidate: [meKey] });
  const binding = me.data?.binding;
  const pending = binding?.status === 'pending';

  return (
    <div data-testid="bind-me-page">
      <PageHeader title={t('bindMe.title')} subtitle={t('bindMe.subtitle')} />
      {me.error ? <ErrorAlert error={me.error} /> : null}
      <Card loading={me.isPending} style={{ maxWidth: 560 }}>
        {me.data?.person && (
          <Alert type="success" showIcon style={{ marginBottom: 16 }} data-testid="bind-me-bound" title={t('bindMe.bound', { name: me.data.person.name })} />
        )}
        {pending && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="bind-me-pending"
            title={t('bindMe.pending', { at: formatTime(binding.createdAt), until: formatTime(binding.expiresAt) })}
            action={
              <Button size="small" onClick={() => withdraw.mutate()} loading={withdraw.isPending} data-testid="bind-me-withdraw">
                {t('bindMe.withdraw')}
              </Button>
            }
          />
        )}
        {binding?.status === 'rejected' && !me.data?.person && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('bindMe.lastRejected')} />}
        {ask.error ? <ErrorAlert error={ask.error} testId="bind-me-error" /> : null}
        {!pending && (
          <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => ask.mutate(v)} data-testid="bind-me-form">
            <Form.Item name="name" label={t('bindMe.name')} rules={[{ required: true, whitespace: true, max: 50, message: t('bindMe.nameRequired') }]}>
              <Input autoComplete="name" data-testid="bind-me-name" />
            </Form.Item>
            <Form.Item
              name="docNumber"
              label={t('bindMe.docNumber')}
              extra={t('bindMe.privacy')}
              rules={[{ required: true, whitespace: true, min: 5, max: 30, message: t('bindMe.docNumberRequired') }]}
            >
              <Input autoComplete="off" data-testid="bind-me-doc" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={ask.isPending} data-testid="bind-me-submit">
              {t('bindMe.submit')}
            </Button>
          </Form>
        )}
      </Card>
      {mayReport && (
        <Space style={{ marginTop: 16 }} wrap>
          <Link to="/appeals/report" data-testid="bind-me-report">
            <Button>{t('bindMe.report')}</Button>
          </Link>
          <Link to="/appeals/mine">
            <Button type="link">{t('bindMe.mine')}</Button>
          </Link>
        </Space>
      )}
    </div>
  );
}
