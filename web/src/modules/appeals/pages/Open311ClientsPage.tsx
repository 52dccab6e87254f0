import { useState } from 'react';
import { Button, Card, Form, Input, Table, Tag, Typography } from 'antd';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { PERM, createOpen311Client, interopKeys, revokeOpen311Client, useAppealsPermissions, useOpen311Clients } from '../api';
import { NoPermission } from '../components/NoPermission';
import { ShownOnce } from '../components/ShownOnce';
import { useInteropT } from '../i18n';
import type { Open311Client, Open311ClientCreated } from '../types';

/** /appeals/open311-clients — the district's Open311 API keys: issue one (shown once), revoke one. */
export default function Open311ClientsPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.configure) ? <Clients /> : <NoPermission />;
}

function AddClient({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Open311ClientCreated) => void }) {
  const t = useInteropT();
  return (
    <FormModal<{ name: string }, Open311ClientCreated>
      title={t('open311.addTitle')}
      onClose={onClose}
      okText={t('open311.add')}
      submit={({ name }) => createOpen311Client(name.trim())}
      invalidate={[interopKeys.open311Clients]}
      success={(c) => t('open311.created', { name: c.name })}
      onSuccess={onCreated}
      testId="open311"
      submitTestId="open311-submit"
    >
      <Form.Item name="name" label={t('open311.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('open311.nameRequired') }]}>
        <Input maxLength={60} showCount placeholder={t('open311.namePlaceholder')} data-testid="open311-name" />
      </Form.Item>
    </FormModal>
  );
}

function Clients() {
  const t = useInteropT();
  const q = useOpen311Clients();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<Open311ClientCreated | null>(null);
  const revoke = useApiMutation((c: Open311Client) => revokeOpen311Client(c.id), {
    invalidate: [interopKeys.open311Clients],
    success: (_, c) => t('open311.revokedDone', { name: c.name }),
    errorAs: 'message',
  });

  return (
    <div data-testid="open311-page">
      <PageHeader
        title={t('open311.title')}
        subtitle={t('open311.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="open311-add">
            {t('open311.add')}
          </Button>
        }
      />
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <Table<Open311Client>
          data-testid="open311-table"
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('open311.empty') }}
          columns={[
            { title: t('open311.name'), key: 'name', render: (_, c) => <span data-testid={`open311-name-${c.id}`}>{c.name}</span> },
            {
              title: t('open311.keyHint'),
              key: 'hint',
              render: (_, c) => (
                <Typography.Text code data-testid={`open311-hint-${c.id}`}>
                  {c.keyHint}
                </Typography.Text>
              ),
            },
            { title: t('open311.createdAt'), key: 'createdAt', render: (_, c) => formatTime(c.createdAt) },
            {
              title: t('open311.status'),
              key: 'status',
              render: (_, c) =>
                c.revokedAt ? (
                  <span data-testid={`open311-status-${c.id}`} data-revoked="true">
                    <Tag>{t('open311.revoked')}</Tag>
                    <Typography.Text type="secondary">{t('open311.revokedAt', { at: formatTime(c.revokedAt) })}</Typography.Text>
                  </span>
                ) : (
                  <span data-testid={`open311-status-${c.id}`} data-revoked="false">
                    <Tag color="green">{t('open311.active')}</Tag>
                  </span>
                ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, c) =>
                c.revokedAt ? null : (
                  <ConfirmButton
                    title={t('open311.revokeConfirm', { name: c.name })}
                    description={t('open311.revokeHint')}
                    okText={t('open311.revoke')}
                    danger
                    size="small"
                    icon={<StopOutlined />}
                    loading={revoke.isPending && revoke.variables?.id === c.id}
                    onConfirm={() => revoke.mutateAsync(c)}
                    testId={`open311-revoke-${c.id}`}
                    confirmTestId={`open311-revoke-confirm-${c.id}`}
                  >
                    {t('open311.revoke')}
                  </ConfirmButton>
                ),
            },
          ]}
        />
      </Card>
      {adding && (
        <AddClient
          onClose={() => setAdding(false)}
          onCreated={(c) => {
            setAdding(false);
            setCreated(c);
          }}
        />
      )}
      {created && (
        <ShownOnce
          testId="open311-key"
          title={t('open311.keyTitle', { name: created.name })}
          value={created.apiKey}
          hint={t('open311.keyUsage', { url: `${window.location.origin}/open311/v2` })}
          onClose={() => setCreated(null)}
        />
      )}
    </div>
  );
}
