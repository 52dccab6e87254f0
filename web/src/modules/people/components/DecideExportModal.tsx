import { Button, Descriptions, Form, Input, Modal } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { exportKeys, type ExportRequest } from '../exportRequests';
import { useExportT } from '../exportI18n';
import { ExportFilterSummary } from './ExportFilterSummary';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';

/** Approves or rejects an export request, with an optional note the requester will see. */
export function DecideExportModal({ request, onClose }: { request: ExportRequest | null; onClose: () => void }) {
  const t = useExportT();
  const [form] = Form.useForm<{ note?: string }>();
  const decision = useApiMutation(
    (approve: boolean) =>
      api.post('/api/people/export-requests/{id}/decide', { path: { id: request!.id }, body: { approve, note: form.getFieldValue('note')?.trim() || null } }),
    { success: t('exports.decided'), invalidate: [exportKeys.requests], onSuccess: onClose },
  );
  const busy = decision.isPending ? (decision.variables ? 'approve' : 'reject') : null;
  const error = decision.error;
  const decide = (approve: boolean) => request && decision.mutate(approve);

  return (
    <Modal
      open={!!request}
      title={t('exports.decideTitle')}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => decision.reset()}
      footer={
        <>
          <Button onClick={onClose} data-testid="export-decide-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            danger
            icon={<CloseOutlined />}
            loading={busy === 'reject'}
            disabled={!!busy}
            onClick={() => void decide(false)}
            data-testid="export-decide-reject"
          >
            {t('exports.reject')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={busy === 'approve'}
            disabled={!!busy}
            onClick={() => void decide(true)}
            data-testid="export-decide-approve"
          >
            {t('exports.approve')}
          </Button>
        </>
      }
    >
      {request && (
        <>
          {error ? <ErrorAlert error={error} testId="export-decide-error" /> : null}
          <Descriptions
            column={1}
            size="small"
            style={{ marginBottom: 16 }}
            title={t('exports.decideSummary', { name: request.requesterName, rows: request.rows, unit: request.unitName ?? '—' })}
            items={[
              { key: 'filters', label: t('exports.col.filters'), children: <ExportFilterSummary filters={request.filters} /> },
              { key: 'reason', label: t('exports.col.reason'), children: <span data-testid="export-decide-reason">{request.reason}</span> },
            ]}
          />
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item name="note" label={t('exports.note')}>
              <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('exports.notePlaceholder')} data-testid="export-decide-note" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
