import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
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
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ name }: { name: string }) => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await createOpen311Client(name.trim()));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('open311.addTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('open311.add')} okButtonProps={{ ...buttonTestId('open311-submit'), loading: busy }} destroyOnHidden>
      {error ? <ErrorAlert error={error} testId="open311-error" /> : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('open311.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('open311.nameRequired') }]}>
          <Input maxLength={60} showCount placeholder={t('open311.namePlaceholder')} data-testid="open311-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Clients() {
  const t = useInteropT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useOpen311Clients();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<Open311ClientCreated | null>(null);
  const [revoking, setRevoking] = useState<number | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: interopKeys.open311Clients });

  const revoke = async (c: Open311Client) => {
    setRevoking(c.id);
    try {
      await revokeOpen311Client(c.id);
      message.success(t('open311.revokedDone', { name: c.name }));
      void refresh();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setRevoking(null);
    }
  };

  return (
    <div data-testid="open311-page">
      <PageHeader
        title={t('open311.title')}
        subtitle={t('open311.subtitle')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="open311-add">{t('open311.add')}</Button>}
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
            { title: t('open311.keyHint'), key: 'hint', render: (_, c) => <Typography.Text code data-testid={`open311-hint-${c.id}`}>{c.keyHint}</Typography.Text> },
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
                  <span data-testid={`open311-status-${c.id}`} data-revoked="false"><Tag color="green">{t('open311.active')}</Tag></span>
                ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, c) =>
                c.revokedAt ? null : (
                  <Popconfirm
                    title={t('open311.revokeConfirm', { name: c.name })}
                    description={<div style={{ maxWidth: 320 }}>{t('open311.revokeHint')}</div>}
                    okText={t('open311.revoke')}
                    okButtonProps={{ ...buttonTestId(`open311-revoke-confirm-${c.id}`), danger: true }}
                    onConfirm={() => revoke(c)}
                  >
                    <Button danger size="small" icon={<StopOutlined />} loading={revoking === c.id} data-testid={`open311-revoke-${c.id}`}>
                      {t('open311.revoke')}
                    </Button>
                  </Popconfirm>
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
            message.success(t('open311.created', { name: c.name }));
            void refresh();
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
