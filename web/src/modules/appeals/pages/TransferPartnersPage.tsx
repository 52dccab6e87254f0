import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { PERM, createTransferPartner, interopKeys, rotatePartnerSecret, updateTransferPartner, useAppealsPermissions, useTransferPartners } from '../api';
import { HotlineImport } from '../components/HotlineImport';
import { NoPermission } from '../components/NoPermission';
import { ShownOnce } from '../components/ShownOnce';
import { useInteropT } from '../i18n';
import type { TransferPartner, TransferPartnerWithSecret } from '../types';

/**
 * /appeals/transfer-partners — the platforms the district exchanges orders with (its staff add, change and
 * re-key them), and the hotline file import (also for street staff, who import their street's orders).
 */
export default function TransferPartnersPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.configure) || perms.has(PERM.transfer) ? <Partners /> : <NoPermission />;
}

// The server's rules, checked here first so that the form says what is wrong beside the field.
const CODE = /^[A-Za-z0-9_-]{2,32}$/;
const URL_START = /^https?:\/\/\S+$/i;
const SECRET = /^[\x21-\x7e]{32,200}$/;

interface PartnerValues {
  code: string;
  name: string;
  callbackUrl?: string;
  secret?: string;
  active?: boolean;
}

/** Adds a partner (`partner` absent) or changes one: name, callback URL, active. */
function PartnerForm({ partner, onClose, onCreated }: { partner?: TransferPartner; onClose: () => void; onCreated?: (p: TransferPartnerWithSecret) => void }) {
  const t = useInteropT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PartnerValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: PartnerValues) => {
    setBusy(true);
    setError(null);
    try {
      const callbackUrl = v.callbackUrl?.trim() || null;
      if (partner) {
        const saved = await updateTransferPartner(partner.id, { name: v.name.trim(), callbackUrl, active: v.active });
        message.success(t('partners.saved', { name: saved.name }));
      } else {
        const made = await createTransferPartner({ code: v.code.trim(), name: v.name.trim(), callbackUrl, secret: v.secret?.trim() || null });
        message.success(t('partners.created', { name: made.name }));
        onCreated?.(made);
      }
      void qc.invalidateQueries({ queryKey: interopKeys.partners });
      void qc.invalidateQueries({ queryKey: interopKeys.partnerChoices });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={partner ? t('partners.editTitle', { code: partner.code }) : t('partners.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ ...buttonTestId('partner-submit'), loading: busy }}
      destroyOnHidden
      width={600}
    >
      {error ? <ErrorAlert error={error} testId="partner-error" /> : null}
      <Form<PartnerValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={partner ? { code: partner.code, name: partner.name, callbackUrl: partner.callbackUrl ?? '', active: partner.active } : {}}
      >
        <Form.Item name="code" label={t('partners.code')} extra={partner ? undefined : t('partners.codeHint')} rules={partner ? [] : [{ required: true, pattern: CODE, message: t('partners.codeInvalid') }]}>
          <Input maxLength={32} disabled={!!partner} placeholder="12345" data-testid="partner-code" />
        </Form.Item>
        <Form.Item name="name" label={t('partners.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('partners.nameRequired') }]}>
          <Input maxLength={60} data-testid="partner-name" />
        </Form.Item>
        <Form.Item name="callbackUrl" label={t('partners.callbackUrl')} extra={t('partners.callbackUrlHint')} rules={[{ pattern: URL_START, message: t('partners.callbackUrlInvalid') }]}>
          <Input maxLength={500} placeholder="https://" data-testid="partner-callback" />
        </Form.Item>
        {!partner && (
          <Form.Item name="secret" label={t('partners.secret')} extra={t('partners.secretHint')} rules={[{ pattern: SECRET, message: t('partners.secretInvalid') }]}>
            <Input.Password maxLength={200} autoComplete="new-password" data-testid="partner-secret" />
          </Form.Item>
        )}
        {partner && (
          <Form.Item name="active" label={t('partners.active')} valuePropName="checked">
            <Switch data-testid="partner-active" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function Callbacks({ p }: { p: TransferPartner }) {
  const t = useInteropT();
  if (!p.pending && !p.failed && !p.lastError) return <Typography.Text type="secondary">{t('partners.callbacksOk')}</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid={`partner-callbacks-${p.id}`}>
      <span>
        {p.pending > 0 && <Tag color="blue">{t('partners.pending', { n: p.pending })}</Tag>}
        {p.failed > 0 && <Tag color="red">{t('partners.failed', { n: p.failed })}</Tag>}
      </span>
      {p.lastError && (
        <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 280 }} ellipsis={{ tooltip: p.lastError }}>
          {t('partners.lastError', { error: p.lastError })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function PartnerAdmin() {
  const t = useInteropT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useTransferPartners();
  const [editing, setEditing] = useState<TransferPartner | 'new' | null>(null);
  const [secret, setSecret] = useState<TransferPartnerWithSecret | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: interopKeys.partners });
    void qc.invalidateQueries({ queryKey: interopKeys.partnerChoices });
  };

  const setActive = async (p: TransferPartner, active: boolean) => {
    setWorking(p.id);
    try {
      await updateTransferPartner(p.id, { active });
      message.success(t(active ? 'partners.enabled' : 'partners.disabled', { name: p.name }));
      refresh();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setWorking(null);
    }
  };

  const rotate = async (p: TransferPartner) => {
    setWorking(p.id);
    try {
      const r = await rotatePartnerSecret(p.id);
      message.success(t('partners.rotated', { name: r.name }));
      setSecret(r);
      refresh();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setWorking(null);
    }
  };

  return (
    <Card
      title={t('partners.list')}
      style={{ marginBottom: 16 }}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="partners-add">{t('partners.add')}</Button>}
    >
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Table<TransferPartner>
        data-testid="partners-table"
        rowKey="id"
        size="middle"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('partners.empty') }}
        columns={[
          { title: t('partners.code'), key: 'code', render: (_, p) => <Typography.Text code data-testid={`partner-code-${p.id}`}>{p.code}</Typography.Text> },
          { title: t('partners.name'), key: 'name', render: (_, p) => <span data-testid={`partner-name-${p.id}`}>{p.name}</span> },
          {
            title: t('partners.callbackUrl'),
            key: 'callbackUrl',
            render: (_, p) =>
              p.callbackUrl ? (
                <Typography.Text style={{ maxWidth: 280 }} ellipsis={{ tooltip: p.callbackUrl }} data-testid={`partner-callback-${p.id}`}>{p.callbackUrl}</Typography.Text>
              ) : (
                <Typography.Text type="secondary" data-testid={`partner-callback-${p.id}`}>{t('partners.noCallback')}</Typography.Text>
              ),
          },
          { title: t('partners.callbacks'), key: 'callbacks', render: (_, p) => <Callbacks p={p} /> },
          {
            title: t('partners.active'),
            key: 'active',
            render: (_, p) => <Switch checked={p.active} loading={working === p.id} onChange={(on) => void setActive(p, on)} data-testid={`partner-active-${p.id}`} />,
          },
          { title: t('partners.createdAt'), key: 'createdAt', render: (_, p) => formatTime(p.createdAt) },
          {
            title: t('partners.actions'),
            key: 'actions',
            render: (_, p) => (
              <Flex gap={8}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid={`partner-edit-${p.id}`}>{t('partners.edit')}</Button>
                <Popconfirm
                  title={t('partners.rotateConfirm', { name: p.name })}
                  description={<div style={{ maxWidth: 320 }}>{t('partners.rotateHint')}</div>}
                  okText={t('partners.rotate')}
                  okButtonProps={{ ...buttonTestId(`partner-rotate-confirm-${p.id}`), danger: true }}
                  onConfirm={() => rotate(p)}
                >
                  <Button size="small" icon={<KeyOutlined />} loading={working === p.id} data-testid={`partner-rotate-${p.id}`}>{t('partners.rotate')}</Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      {editing && <PartnerForm partner={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onCreated={setSecret} />}
      {secret && (
        <ShownOnce
          testId="partner-secret-shown"
          title={t('partners.secretTitle', { name: secret.name, code: secret.code })}
          value={secret.secret}
          hint={t('partners.secretUsage')}
          onClose={() => setSecret(null)}
        />
      )}
    </Card>
  );
}

function Partners() {
  const t = useInteropT();
  const perms = useAppealsPermissions();
  return (
    <div data-testid="partners-page">
      <PageHeader title={t('partners.title')} subtitle={t('partners.subtitle')} />
      {perms.has(PERM.configure) && <PartnerAdmin />}
      {perms.has(PERM.transfer) && <HotlineImport />}
    </div>
  );
}
