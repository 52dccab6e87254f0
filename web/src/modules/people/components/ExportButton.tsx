import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Tooltip } from 'antd';
import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { isApiError, type Query } from '../../../app/api/client';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { exportKeys, useExportFiles } from '../exportRequests';
import { useExportT } from '../exportI18n';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/**
 * Exports the residents list with the page's filters. A list above the district's limit is not sent: the
 * server says so, the user states a purpose, and the request goes to their supervisor.
 */
export function ExportButton({ filters }: { filters: Query }) {
  const t = useExportT();
  const exportStatusTerms = useVocabulary('people.exportStatus');
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const files = useExportFiles();
  const [form] = Form.useForm<{ reason: string }>();
  /** The server's explanation of why approval is needed, while the reason dialog is open. */
  const [asking, setAsking] = useState<string | null>(null);

  // Without a reason: the file comes at once, or the server says the list needs approval (then the dialog asks why).
  const start = useApiMutation(() => files.exportPersons(filters), {
    success: (r) => (r.kind === 'file' ? t('export.started') : null),
  });
  const startExport = () =>
    start.mutate(undefined, {
      onError: (e) => (isApiError(e) && e.code === 'EXPORT_APPROVAL_REQUIRED' ? setAsking(e.message) : message.error(errorMessage(e))),
    });

  const ask = useApiMutation(({ reason }: { reason: string }) => files.exportPersons(filters, reason.trim()), {
    invalidate: (r) => (r.kind === 'request' ? [exportKeys.requests] : []),
    success: (r) => (r.kind === 'request' ? null : t('export.started')),
    onSuccess: (r) => {
      setAsking(null);
      if (r.kind !== 'request') return;
      notification.success({
        key: 'export-submitted',
        title: exportStatusTerms.label('pending'),
        description: <span data-testid="export-submitted">{t('export.submitted', { rows: r.request.rows })}</span>,
        actions: (
          <Button
            size="small"
            onClick={() => {
              notification.destroy('export-submitted');
              // The requester's own requests, where this one now waits (not the approvals tab the page may open on).
              navigate('/people/exports?tab=mine');
            }}
            data-testid="export-submitted-open"
          >
            {t('export.toRequests')}
          </Button>
        ),
        duration: 8,
      });
    },
  });

  return (
    <>
      <Tooltip title={t('persons.exportHint')}>
        <Button type="primary" icon={<DownloadOutlined />} loading={start.isPending} onClick={startExport} data-testid="persons-export">
          {t('persons.export')}
        </Button>
      </Tooltip>
      <Modal
        open={asking !== null}
        title={t('export.reasonTitle')}
        onCancel={() => setAsking(null)}
        destroyOnHidden
        afterClose={() => ask.reset()}
        footer={
          <>
            <Button onClick={() => setAsking(null)} data-testid="export-reason-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="primary" icon={<SendOutlined />} loading={ask.isPending} onClick={() => form.submit()} data-testid="export-reason-submit">
              {t('export.submit')}
            </Button>
          </>
        }
      >
        <Alert type="info" showIcon title={asking} style={{ marginBottom: 16 }} data-testid="export-approval-needed" />
        {ask.error ? <ErrorAlert error={ask.error} testId="export-reason-error" /> : null}
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => ask.mutate(v)}>
          <Form.Item
            name="reason"
            label={t('export.reasonLabel')}
            rules={[
              { required: true, message: t('export.reasonMin') },
              { validator: (_, v: string | undefined) => (!v || v.trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('export.reasonMin')))) },
            ]}
          >
            <Input.TextArea autoFocus rows={2} maxLength={200} showCount placeholder={t('export.reasonPlaceholder')} data-testid="export-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
