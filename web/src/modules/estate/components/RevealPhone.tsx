import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { request } from '../../../app/api/client';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useEstateT } from '../i18n';

/**
 * A masked phone with a way to see it in full: the purpose is required, the user is told the read is recorded,
 * the number is shown only inside the modal and forgotten when it closes.
 */
export function RevealPhone({
  masked,
  path,
  name,
  canReveal,
  testId,
}: {
  masked: string | null;
  path: string;
  name: string;
  canReveal: boolean;
  testId: string;
}) {
  const t = useEstateT();
  const { t: tApp } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  // The number lives only in the mutation's answer: reset when the dialog closes.
  const reveal = useApiMutation(({ purpose }: { purpose: string }) => request<{ value: string }>('POST', path, { body: { purpose: purpose.trim() } }));
  const value = reveal.data?.value ?? null;
  const error = reveal.error;
  const busy = reveal.isPending;
  if (!masked) return <span>—</span>;
  const submit = (v: { purpose: string }) => reveal.mutate(v);
  const close = () => setOpen(false);
  return (
    <span>
      <span style={{ fontFamily: 'monospace' }} data-testid={testId}>
        {masked}
      </span>
      {canReveal && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          aria-label={t('reveal.action')}
          title={t('reveal.action')}
          onClick={() => setOpen(true)}
          data-testid={`${testId}-reveal`}
        />
      )}
      <Modal
        open={open}
        title={t('reveal.title', { name })}
        onCancel={close}
        destroyOnHidden
        afterClose={() => reveal.reset()}
        footer={
          value !== null ? (
            <Button type="primary" onClick={close}>
              {tApp('common.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{tApp('common.cancel')}</Button>
              <Button type="primary" icon={<EyeOutlined />} loading={busy} onClick={() => form.submit()} data-testid={`${testId}-reveal-submit`}>
                {t('reveal.submit')}
              </Button>
            </>
          )
        }
      >
        <Alert type="warning" showIcon title={t('reveal.audit')} style={{ marginBottom: 16 }} />
        {error ? <ErrorAlert error={error} /> : null}
        {value !== null ? (
          <Typography.Paragraph copyable style={{ fontSize: 22, fontFamily: 'monospace', letterSpacing: 1 }} data-testid={`${testId}-reveal-value`}>
            {value}
          </Typography.Paragraph>
        ) : (
          <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
            <Form.Item
              name="purpose"
              label={t('reveal.purpose')}
              rules={[
                {
                  validator: (_, v: string | undefined) => (v && v.trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('reveal.purposeMin')))),
                },
              ]}
            >
              <Input.TextArea
                autoFocus
                rows={2}
                maxLength={200}
                showCount
                placeholder={t('reveal.purposePlaceholder')}
                data-testid={`${testId}-reveal-purpose`}
              />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </span>
  );
}
