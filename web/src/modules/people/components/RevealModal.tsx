import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { api } from '../../../app/api/client';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePeopleT } from '../i18n';
import type { Id } from '../types';

export type RevealField = 'docNumber' | 'phone';

/**
 * Reveals a full document number or phone: the purpose is required, the user is told the read is recorded,
 * the value is shown only inside the modal and forgotten when it closes.
 */
export function RevealModal({
  personId,
  personName,
  field,
  open,
  onClose,
}: {
  personId: Id;
  personName: string;
  field: RevealField;
  open: boolean;
  onClose: () => void;
}) {
  const t = usePeopleT();
  const [form] = Form.useForm<{ purpose: string }>();
  const fieldLabel = field === 'docNumber' ? t('person.docNumber') : t('person.phone');

  const reveal = useApiMutation(({ purpose }: { purpose: string }) =>
    api.post('/api/people/persons/{id}/reveal', { path: { id: personId }, body: { field, purpose: purpose.trim() } }),
  );
  const value = reveal.data?.value ?? null;
  const error = reveal.error;
  const busy = reveal.isPending;
  const submit = (v: { purpose: string }) => reveal.mutate(v);

  return (
    <Modal
      open={open}
      title={field === 'docNumber' ? t('reveal.title.docNumber') : t('reveal.title.phone')}
      onCancel={onClose}
      destroyOnHidden
      // Hidden again: nothing of the value stays in memory once the modal is gone.
      afterClose={() => reveal.reset()}
      footer={
        value !== null ? (
          <Button type="primary" onClick={onClose} data-testid="reveal-close">
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} data-testid="reveal-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="primary" icon={<EyeOutlined />} loading={busy} onClick={() => form.submit()} data-testid="reveal-submit">
              {t('reveal.submit')}
            </Button>
          </>
        )
      }
    >
      <Alert type="warning" showIcon title={t('reveal.audit')} style={{ marginBottom: 16 }} data-testid="reveal-audit-notice" />
      {error ? <ErrorAlert error={error} testId="reveal-error" /> : null}
      {value !== null ? (
        <div data-testid="reveal-result">
          <Typography.Text type="secondary">{t('reveal.value', { field: fieldLabel, name: personName })}</Typography.Text>
          <Typography.Paragraph copyable style={{ fontSize: 22, fontFamily: 'monospace', letterSpacing: 1, margin: '8px 0' }} data-testid="reveal-value">
            {value}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('reveal.hideHint')}</Typography.Text>
        </div>
      ) : (
        <Form form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="reveal-form">
          <Form.Item
            name="purpose"
            label={t('reveal.purpose')}
            rules={[
              { required: true, message: t('reveal.purposeMin') },
              { validator: (_, v: string | undefined) => (!v || v.trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('reveal.purposeMin')))) },
            ]}
          >
            <Input.TextArea autoFocus rows={2} maxLength={200} showCount placeholder={t('reveal.purposePlaceholder')} data-testid="reveal-purpose" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
