import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FormModal } from '../../../shared/components/FormModal';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
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
  const submit = (v: PartnerValues): Promise<TransferPartner | TransferPartnerWithSecret> => {
    const callbackUrl = v.callbackUrl?.trim() || null;
    return partner
      ? updateTransferPartner(partner.id, { name: v.name.trim(), callbackUrl, active: v.active })
      : createTransferPartner({ code: v.code.trim(), name: v.name.trim(), callbackUrl, secret: v.secret?.trim() || null });
  };
  return (
    <FormModal<PartnerValues, TransferPartner | TransferPartnerWithSecret>
      title={partner ? t('partners.editTitle', { code: partner.code }) : t('partners.addTitle')}
      onClose={onClose}
      width={600}
      submit={submit}
      invalidate={[interopKeys.partners, interopKeys.partnerChoices]}
      success={(saved) => t(partner ? 'partners.saved' : 'partners.created', { name: saved.name })}
      onSuccess={(saved) => {
        if (!partner) onCreated?.(saved as TransferPartnerWithSecret);
      }}
      initialValues={partner ? { code: partner.code, name: partner.name, callbackUrl: partner.callbackUrl ?? '', active: partner.active } : {}}
      testId="partner"
      submitTestId="partner-submit"
    >
      <Form.Item
        name="code"
        label={t('partners.code')}
        extra={partner ? undefined : t('partners.codeHint')}
        rules={partner ? [] : [{ required: true, pattern: CODE, message: t('partners.codeInvalid') }]}
      >
        <Input maxLength={32} disabled={!!partner} placeholder="12345" data-testid="partner-code" />
      </Form.Item>
      <Form.Item name="name" label={t('partners.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('partners.nameRequired') }]}>
        <Input maxLength={60} data-testid="partner-name" />
      </Form.Item>
      <Form.Item
        name="callbackUrl"
        label={t('partners.callbackUrl')}
        extra={t('partners.callbackUrlHint')}
        rules={[{ pattern: URL_START, message: t('partners.callbackUrlInvalid') }]}
      >
        <Input maxLength={500} placeholder="https://" data-testid="partner-callback" />
      </Form.Item>
      {!partner && (
        <Form.Item
          name="secret"
          label={t('partners.secret')}
          extra={t('partners.secretHint')}
          rules={[{ pattern: SECRET, message: t('partners.secretInvalid') }]}
        >
          <Input.Password maxLength={200} autoComplete="new-password" data-testid="partner-secret" />
        </Form.Item>
      )}
      {partner && (
        <Form.Item name="active" label={t('partners.active')} valuePropName="checked">
          <Switch data-testid="partner-active" />
        </Form.Item>
      )}
    </FormModal>
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
  const q = useTransferPartners();
  const [editing, setEditing] = useState<TransferPartner | 'new' | null>(null);
  const [secret, setSecret] = useState<TransferPartnerWithSecret | null>(null);
  const invalidate = [interopKeys.partners, interopKeys.partnerChoices];
  const setActive = useApiMutation(({ p, active }: { p: TransferPartner; active: boolean }) => updateTransferPartner(p.id, { active }), {
    invalidate,
    success: (_, { p, active }) => t(active ? 'partners.enabled' : 'partners.disabled', { name: p.name }),
    errorAs: 'message',
  });
  const rotate = useApiMutation((p: TransferPartner) => rotatePartnerSecret(p.id), {
    invalidate,
    success: (r) => t('partners.rotated', { name: r.name }),
    onSuccess: setSecret,
    errorAs: 'message',
  });
  const working = (p: TransferPartner) => (setActive.isPending && setActive.variables?.p.id === p.id) || (rotate.isPending && rotate.variables?.id === p.id);

  return (
    <Card
      title={t('partners.list')}
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="partners-add">
          {t('partners.add')}
        </Button>
      }
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
          {
            title: t('partners.code'),
            key: 'code',
            render: (_, p) => (
              <Typography.Text code data-testid={`partner-code-${p.id}`}>
                {p.code}
              </Typography.Text>
            ),
          },
          { title: t('partners.name'), key: 'name', render: (_, p) => <span data-testid={`partner-name-${p.id}`}>{p.name}</span> },
          {
            title: t('partners.callbackUrl'),
            key: 'callbackUrl',
            render: (_, p) =>
              p.callbackUrl ? (
                <Typography.Text style={{ maxWidth: 280 }} ellipsis={{ tooltip: p.callbackUrl }} data-testid={`partner-callback-${p.id}`}>
                  {p.callbackUrl}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" data-testid={`partner-callback-${p.id}`}>
                  {t('partners.noCallback')}
                </Typography.Text>
              ),
          },
          { title: t('partners.callbacks'), key: 'callbacks', render: (_, p) => <Callbacks p={p} /> },
          {
            title: t('partners.active'),
            key: 'active',
            render: (_, p) => (
              <Switch
                checked={p.active}
                loading={working(p)}
                onChange={(on) => setActive.mutate({ p, active: on })}
                aria-label={`${t('partners.active')} · ${p.name}`}
                data-testid={`partner-active-${p.id}`}
              />
            ),
          },
          { title: t('partners.createdAt'), key: 'createdAt', render: (_, p) => formatTime(p.createdAt) },
          {
            title: t('partners.actions'),
            key: 'actions',
            render: (_, p) => (
              <Flex gap={8}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid={`partner-edit-${p.id}`}>
                  {t('partners.edit')}
                </Button>
                <ConfirmButton
                  title={t('partners.rotateConfirm', { name: p.name })}
                  description={t('partners.rotateHint')}
                  okText={t('partners.rotate')}
                  danger
                  confirmTestId={`partner-rotate-confirm-${p.id}`}
                  onConfirm={() => rotate.mutateAsync(p)}
                  size="small"
                  icon={<KeyOutlined />}
                  loading={working(p)}
                  testId={`partner-rotate-${p.id}`}
                >
                  {t('partners.rotate')}
                </ConfirmButton>
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
