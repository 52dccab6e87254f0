import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Tooltip } from 'antd';
import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError, type Query } from '../../../app/api/client';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
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
  const qc = useQueryClient();
  const files = useExportFiles();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  /** The server's explanation of why approval is needed, while the reason dialog is open. */
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async () => {
    setBusy(true);
    try {
      const r = await files.exportPersons(filters);
      if (r.kind === 'file') message.success(t('export.started'));
    } catch (e) {
      if (isApiError(e) && e.code === 'EXPORT_APPROVAL_REQUIRED') setAsking(e.message);
      else message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await files.exportPersons(filters, reason.trim());
      setAsking(null);
      if (r.kind === 'request') {
        void qc.invalidateQueries({ queryKey: exportKeys.requests });
        notification.success({
          key: 'export-submitted',
          title: exportStatusTerms.label('pending'),
          description: <span data-testid="export-submitted">{t('export.submitted', { rows: r.request.rows })}</span>,
          actions: (
            <Button size="small" onClick={() => { notification.destroy('export-submitted'); navigate('/people/exports'); }} data-testid="export-submitted-open">
              {t('export.toRequests')}
            </Button>
          ),
          duration: 8,
        });
      } else {
        message.success(t('export.started'));
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Tooltip title={t('persons.exportHint')}>
        <Button type="primary" icon={<DownloadOutlined />} loading={busy && asking === null} onClick={() => void start()} data-testid="persons-export">
          {t('persons.export')}
        </Button>
      </Tooltip>
      <Modal
        open={asking !== null}
        title={t('export.reasonTitle')}
        onCancel={() => setAsking(null)}
        destroyOnHidden
        afterClose={() => setError(null)}
        footer={
          <>
            <Button onClick={() => setAsking(null)} data-testid="export-reason-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => form.submit()} data-testid="export-reason-submit">
              {t('export.submit')}
            </Button>
          </>
        }
      >
        <Alert type="info" showIcon title={asking} style={{ marginBottom: 16 }} data-testid="export-approval-needed" />
        {error ? <ErrorAlert error={error} testId="export-reason-error" /> : null}
        <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
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
