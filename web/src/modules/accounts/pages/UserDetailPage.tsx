import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Table, Tag } from 'antd';
import { CheckCircleOutlined, EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { useI18n } from '../../../app/i18n';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { FormModal } from '../../../shared/components/FormModal';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatTime, isFuture } from '../../../shared/format';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { SecondFactorCard } from '../components/SecondFactorCard';
import { accountsKeys, meetsPolicy, useUser } from '../api';
import { PasswordInput } from '../components/PasswordInput';
import { PositionFields, positionBody } from '../components/PositionFields';
import { UserStatus } from '../components/UserStatus';
import { useAccountsT } from '../i18n';
import type { PositionInput, User, UserPosition } from '../types';

function AddPositionModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  const qc = useQueryClient();
  return (
    <FormModal<PositionInput, User>
      open={open}
      onClose={onClose}
      title={t('position.addTitle', { name: user.displayName })}
      submit={(v) => api.post('/api/accounts/users/{id}/positions', { path: { id: user.id }, body: positionBody(v) })}
      onSuccess={(u) => qc.setQueryData(accountsKeys.user(String(user.id)), u)}
      invalidate={[accountsKeys.all]}
      success={t('position.added')}
      testId="position-form"
      submitTestId="position-add-submit"
    >
      {(form) => <PositionFields form={form} />}
    </FormModal>
  );
}

function ResetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  return (
    <FormModal<{ initialPassword: string }>
      open={open}
      onClose={onClose}
      title={t('user.resetTitle', { name: user.displayName })}
      submit={(v) => api.post('/api/accounts/users/{id}/reset-password', { path: { id: user.id }, body: v })}
      invalidate={[accountsKeys.all]}
      success={t('user.resetDone')}
      okText={t('common.confirm')}
      testId="reset-password"
    >
      <Form.Item
        name="initialPassword"
        label={t('users.initialPassword')}
        extra={t('users.initialPasswordHint')}
        rules={[
          { required: true, message: t('common.required', { field: t('users.initialPassword') }) },
          {
            validator: (_, v: string | undefined) => (!v || meetsPolicy(v) ? Promise.resolve() : Promise.reject(new Error(t('users.passwordPolicy')))),
          },
        ]}
      >
        <PasswordInput testId="reset-password-input" />
      </Form.Item>
    </FormModal>
  );
}

function EditNameModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const t = useAccountsT();
  const qc = useQueryClient();
  return (
    <FormModal<{ displayName: string }, User>
      open={open}
      onClose={onClose}
      title={t('user.editTitle', { name: user.displayName })}
      submit={(v) => api.post('/api/accounts/users/{id}', { path: { id: user.id }, body: { displayName: v.displayName.trim() } })}
      onSuccess={(u) => qc.setQueryData(accountsKeys.user(String(user.id)), u)}
      invalidate={[accountsKeys.all]}
      success={t('user.edited')}
      initialValues={{ displayName: user.displayName }}
      testId="user-edit"
    >
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.displayName') }) }]}
      >
        <Input maxLength={50} data-testid="user-edit-name" />
      </Form.Item>
    </FormModal>
  );
}

function UserView({ user }: { user: User }) {
  const t = useAccountsT();
  const { label } = useI18n();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'add' | 'reset' | 'edit' | null>(null);
  const locked = isFuture(user.lockedUntil);
  // The server refuses anyway; the page does not offer what would be refused.
  const manageable = user.manageable !== false;
  const path = { id: user.id };
  const answered = {
    invalidate: [accountsKeys.all],
    onSuccess: (u: User | undefined) => u && qc.setQueryData(accountsKeys.user(String(user.id)), u),
    errorAs: 'message' as const,
  };
  const endPosition = useApiMutation(
    (p: UserPosition) => api.post('/api/accounts/users/{id}/positions/{positionId}/end', { path: { ...path, positionId: p.id } }),
    {
      ...answered,
      success: t('position.endedDone'),
    },
  );
  const unlock = useApiMutation(() => api.post('/api/accounts/users/{id}/unlock', { path, body: {} }).then(() => undefined), {
    ...answered,
    success: t('user.unlockDone'),
  });
  const setActive = useApiMutation((active: boolean) => api.post(active ? '/api/accounts/users/{id}/enable' : '/api/accounts/users/{id}/disable', { path }), {
    ...answered,
    success: (_, active) => t(active ? 'user.enabled' : 'user.disabled'),
  });

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
              <ConfirmButton
                title={t(user.active ? 'user.disableConfirm' : 'user.enableConfirm')}
                onConfirm={() => setActive.mutateAsync(!user.active)}
                icon={user.active ? <StopOutlined /> : <CheckCircleOutlined />}
                danger={user.active}
                loading={setActive.isPending}
                testId={user.active ? 'user-disable' : 'user-enable'}
                confirmTestId="user-active-confirm"
              >
                {t(user.active ? 'user.disable' : 'user.enable')}
              </ConfirmButton>
              {locked && (
                <ConfirmButton
                  title={t('user.unlockConfirm')}
                  onConfirm={() => unlock.mutateAsync()}
                  icon={<UnlockOutlined />}
                  loading={unlock.isPending}
                  testId="user-unlock"
                  confirmTestId="user-unlock-confirm"
                >
                  {t('user.unlock')}
                </ConfirmButton>
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
          <Table<UserPosition>
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
                // Ended positions are not listed: every one here is in force.
                render: () => <Tag color="green">{t('common.active')}</Tag>,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, p) =>
                  manageable ? (
                    <ConfirmButton
                      title={t('position.endConfirm')}
                      onConfirm={() => endPosition.mutateAsync(p)}
                      size="small"
                      danger
                      loading={endPosition.isPending && endPosition.variables?.id === p.id}
                      testId={`position-end-${p.id}`}
                      confirmTestId={`position-end-confirm-${p.id}`}
                    >
                      {t('position.end')}
                    </ConfirmButton>
                  ) : null,
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
