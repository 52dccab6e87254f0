import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Table, Tag } from 'antd';
import { CheckCircleOutlined, EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import type { Position } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime, isFuture } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { SecondFactorCard } from '../components/SecondFactorCard';
import { accountsKeys, meetsPolicy, useUser } from '../api';
import { PasswordInput } from '../components/PasswordInput';
import { PositionFields, positionBody } from '../components/PositionFields';
import { UserStatus } from '../components/UserStatus';
import { useAccountsT } from '../i18n';
import type { PositionInput, User } from '../types';

function AddPositionModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PositionInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: PositionInput) => {
    setBusy(true);
    setError(null);
    try {
      const u = await api.post<User>(`/api/accounts/users/${encodeURIComponent(user.id)}/positions`, positionBody(v));
      qc.setQueryData(accountsKeys.user(user.id), u);
      void qc.invalidateQueries({ queryKey: accountsKeys.all });
      message.success(t('position.added'));
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('position.addTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={buttonTestId('position-add-submit')}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error ? <ErrorAlert error={error} testId="position-form-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="position-add-form">
        <PositionFields form={form} />
      </Form>
    </Modal>
  );
}

function ResetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ initialPassword: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { initialPassword: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.post<void>(`/api/accounts/users/${encodeURIComponent(user.id)}/reset-password`, { initialPassword: v.initialPassword });
      void qc.invalidateQueries({ queryKey: accountsKeys.all });
      message.success(t('user.resetDone'));
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('user.resetTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={buttonTestId('reset-password-submit')}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error ? <ErrorAlert error={error} testId="reset-password-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="initialPassword"
          label={t('users.initialPassword')}
          extra={t('users.initialPasswordHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.initialPassword') }) },
            {
              validator: (_, v: string | undefined) =>
                !v || meetsPolicy(v) ? Promise.resolve() : Promise.reject(new Error(t('users.passwordPolicy'))),
            },
          ]}
        >
          <PasswordInput testId="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EditNameModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ displayName: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { displayName: string }) => {
    setBusy(true);
    setError(null);
    try {
      const u = await api.post<User>(`/api/accounts/users/${encodeURIComponent(user.id)}`, { displayName: v.displayName.trim() });
      qc.setQueryData(accountsKeys.user(user.id), u);
      void qc.invalidateQueries({ queryKey: accountsKeys.all });
      message.success(t('user.edited'));
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('user.editTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={buttonTestId('user-edit-submit')}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error ? <ErrorAlert error={error} testId="user-edit-error" /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={submit} initialValues={{ displayName: user.displayName }}>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.displayName') }) }]}
        >
          <Input maxLength={50} data-testid="user-edit-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UserView({ user }: { user: User }) {
  const t = useAccountsT();
  const { label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'add' | 'reset' | 'edit' | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const locked = isFuture(user.lockedUntil);
  // The server refuses anyway; the page does not offer what would be refused.
  const manageable = user.manageable !== false;

  const refresh = (u?: User) => {
    if (u) qc.setQueryData(accountsKeys.user(user.id), u);
    void qc.invalidateQueries({ queryKey: accountsKeys.all });
  };

  const endPosition = async (p: Position) => {
    setBusyId(p.id);
    try {
      const u = await api.post<User>(
        `/api/accounts/users/${encodeURIComponent(user.id)}/positions/${encodeURIComponent(p.id)}/end`,
      );
      refresh(u);
      message.success(t('position.endedDone'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  const unlock = async () => {
    setBusyId('unlock');
    try {
      await api.post<void>(`/api/accounts/users/${encodeURIComponent(user.id)}/unlock`);
      refresh();
      message.success(t('user.unlockDone'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  const setActive = async (active: boolean) => {
    setBusyId('active');
    try {
      const u = await api.post<User>(`/api/accounts/users/${encodeURIComponent(user.id)}/${active ? 'enable' : 'disable'}`);
      refresh(u);
      message.success(t(active ? 'user.enabled' : 'user.disabled'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div data-testid="user-detail">
      <PageHeader
        crumbs={[{ title: t('users.title'), to: '/accounts/users' }, { title: user.displayName }]}
        title={user.displayName}
        titleTestId="user-name"
        subtitle={user.username}
        extra={
          manageable && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="user-edit">
                {t('user.edit')}
              </Button>
              <Button icon={<KeyOutlined />} onClick={() => setDialog('reset')} data-testid="user-reset-password">
                {t('user.resetPassword')}
              </Button>
              <Popconfirm
                title={t(user.active ? 'user.disableConfirm' : 'user.enableConfirm')}
                onConfirm={() => setActive(!user.active)}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ ...buttonTestId('user-active-confirm'), danger: user.active }}
              >
                <Button
                  icon={user.active ? <StopOutlined /> : <CheckCircleOutlined />}
                  danger={user.active}
                  loading={busyId === 'active'}
                  data-testid={user.active ? 'user-disable' : 'user-enable'}
                >
                  {t(user.active ? 'user.disable' : 'user.enable')}
                </Button>
              </Popconfirm>
              {locked && (
                <Popconfirm
                  title={t('user.unlockConfirm')}
                  onConfirm={unlock}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={buttonTestId('user-unlock-confirm')}
                >
                  <Button icon={<UnlockOutlined />} loading={busyId === 'unlock'} data-testid="user-unlock">
                    {t('user.unlock')}
                  </Button>
                </Popconfirm>
              )}
            </>
          )
        }
      />
      {manageable ? null : <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('user.beyondAuthority')} data-testid="user-beyond-authority" />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'username', label: t('users.username'), children: <span data-testid="user-username">{user.username}</span> },
            { key: 'displayName', label: t('users.displayName'), children: user.displayName },
            { key: 'status', label: t('users.status'), children: <UserStatus user={user} /> },
            { key: 'lockedUntil', label: t('users.lockedUntil'), children: locked ? formatTime(user.lockedUntil) : '—' },
            {
              key: 'mustChange',
              label: t('users.mustChangePassword'),
              children: user.mustChangePassword ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      </Card>
      <Card
        title={t('users.positions')}
        extra={
          manageable && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="position-add">
              {t('position.add')}
            </Button>
          )
        }
      >
        <div data-testid="user-positions">
          <Table<Position>
            size="small"
            rowKey="id"
            dataSource={user.positions}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('users.noPositions') }}
            columns={[
              { title: t('position.role'), key: 'role', render: (_, p) => label(p.roleLabel) },
              {
                title: t('position.unit'),
                key: 'unit',
                render: (_, p) => <Link to={`/org/units/${p.unitId}`}>{p.unitName}</Link>,
              },
              {
                title: t('position.department'),
                key: 'department',
                render: (_, p) => (p.departmentId ? <Link to={`/org/departments/${p.departmentId}`}>{p.departmentName}</Link> : '—'),
              },
              {
                title: t('position.grid'),
                key: 'grid',
                render: (_, p) => (p.gridId ? <Link to={`/org/grids/${p.gridId}`}>{p.gridName}</Link> : '—'),
              },
              {
                title: t('common.status'),
                key: 'status',
                render: (_, p) =>
                  p.endedAt ? (
                    <Tag>
                      {t('position.ended')} · {formatTime(p.endedAt)}
                    </Tag>
                  ) : (
                    <Tag color="green">{t('common.active')}</Tag>
                  ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, p) =>
                  p.endedAt || !manageable ? null : (
                    <Popconfirm
                      title={t('position.endConfirm')}
                      onConfirm={() => endPosition(p)}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ ...buttonTestId(`position-end-confirm-${p.id}`), danger: true }}
                    >
                      <Button size="small" danger loading={busyId === p.id} data-testid={`position-end-${p.id}`}>
                        {t('position.end')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </div>
      </Card>
      <SecondFactorCard user={user} manageable={manageable} />
      <AddPositionModal user={user} open={dialog === 'add'} onClose={() => setDialog(null)} />
      <ResetPasswordModal user={user} open={dialog === 'reset'} onClose={() => setDialog(null)} />
      <EditNameModal user={user} open={dialog === 'edit'} onClose={() => setDialog(null)} />
    </div>
  );
}

/** /accounts/users/:id — a user's positions (add, end), name, password reset, unlock, second-factor reset, disable and enable. */
export default function UserDetailPage() {
  const { id = '' } = useParams();
  const q = useUser(id);
  return <QueryState query={q}>{(u) => <UserView user={u} />}</QueryState>;
}
