import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tooltip, Typography, theme } from 'antd';
import { CheckOutlined, CloseOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiResponse } from '../../../app/api/types';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { formatTime } from '../../../shared/format';
import { PERM, usePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { useBindingT } from '../bindingI18n';

type Binding = ApiResponse<'/api/people/bindings'>['items'][number];

const bindingKeys = { pending: ['people', 'bindings', 'pending'] as const };
/** The server lists the oldest requests first, at most this many (binding.repository). */
const LIST_LIMIT = 200;

/** /people/bindings — residents' requests to be bound to their own record, for the committee to check and decide. */
export default function BindingsPage() {
  const perms = usePermissions();
  return perms.has(PERM.manage) ? <Bindings /> : <NoPermission />;
}

function Bindings() {
  const t = useBindingT();
  const { modal } = App.useApp();
  const { token } = theme.useToken();
  const q = useQuery({
    queryKey: bindingKeys.pending,
    queryFn: ({ signal }) => api.get('/api/people/bindings', { query: { status: 'pending' }, signal }),
  });
  const [rejecting, setRejecting] = useState<Binding | null>(null);
  const approve = useApiMutation((b: Binding) => api.post('/api/people/bindings/{id}/decide', { path: { id: b.id }, body: { approve: true, note: null } }), {
    success: t('bindings.approved'),
    invalidate: [bindingKeys.pending],
    errorAs: 'message',
  });
  const items = q.data?.items ?? [];

  return (
    <div data-testid="bindings-page">
      <PageHeader title={t('bindings.title')} subtitle={t('bindings.subtitle')} />
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      {items.length >= LIST_LIMIT && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('bindings.limit', { n: LIST_LIMIT })} />}
      <Card>
        <Table<Binding>
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          dataSource={items}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('bindings.empty') }}
          data-testid="bindings-table"
          columns={[
            { key: 'createdAt', title: t('bindings.col.createdAt'), width: 150, render: (_, b) => formatTime(b.createdAt) },
            {
              key: 'account',
              title: t('bindings.col.account'),
              render: (_, b) => (
                <span>
                  {b.displayName}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                    {b.username}
                  </Typography.Text>
                </span>
              ),
            },
            {
              key: 'person',
              title: t('bindings.col.person'),
              render: (_, b) => (
                <span>
                  {b.personName} <Typography.Text type="secondary">{b.docMasked}</Typography.Text>
                  {b.boundElsewhere && (
                    <Tooltip title={t('bindings.boundElsewhere')}>
                      <WarningOutlined style={{ color: token.colorWarning, marginInlineStart: 6 }} aria-label={t('bindings.boundElsewhere')} />
                    </Tooltip>
                  )}
                </span>
              ),
            },
            { key: 'address', title: t('bindings.col.address'), ellipsis: { showTitle: true }, render: (_, b) => b.address?.text ?? '—' },
            { key: 'expiresAt', title: t('bindings.col.expiresAt'), width: 150, render: (_, b) => formatTime(b.expiresAt) },
            {
              key: 'actions',
              title: t('bindings.col.actions'),
              width: 190,
              render: (_, b) => (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    icon={<CheckOutlined />}
                    loading={approve.isPending && approve.variables?.id === b.id}
                    onClick={() =>
                      modal.confirm({
                        title: t('bindings.approveConfirm', { name: b.displayName }),
                        content: `${b.personName} · ${b.address?.text ?? ''}`,
                        okText: t('bindings.approve'),
                        onOk: () => approve.mutateAsync(b),
                      })
                    }
                    data-testid={`binding-approve-${b.id}`}
                  >
                    {t('bindings.approve')}
                  </Button>
                  <Button danger size="small" icon={<CloseOutlined />} onClick={() => setRejecting(b)} data-testid={`binding-reject-${b.id}`}>
                    {t('bindings.reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {rejecting && (
        <FormModal<{ note?: string }, unknown>
          title={t('bindings.rejectTitle')}
          onClose={() => setRejecting(null)}
          submit={(v) => api.post('/api/people/bindings/{id}/decide', { path: { id: rejecting.id }, body: { approve: false, note: v.note?.trim() || null } })}
          invalidate={[bindingKeys.pending]}
          success={t('bindings.rejected')}
          onSuccess={() => setRejecting(null)}
          okText={t('bindings.reject')}
          danger
          intro={
            <Typography.Paragraph>
              {rejecting.displayName} → {rejecting.personName}
            </Typography.Paragraph>
          }
          testId="binding-reject"
        >
          <Form.Item name="note" label={t('bindings.note')}>
            <Input.TextArea rows={2} maxLength={200} placeholder={t('bindings.notePlaceholder')} />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
