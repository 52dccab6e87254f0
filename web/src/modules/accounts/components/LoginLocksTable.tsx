import { useState } from 'react';
import { App, Button, Popconfirm, Tag, Typography } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { legacyApi } from '../../../app/api/client';
import { ErrorAlert, errorMessage } from '../../../shared/components/ErrorAlert';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePaged } from '../../../shared/hooks/usePaged';
import { formatTime } from '../../../shared/format';
import { buttonTestId } from '../../../shared/testid';
import { accountsKeys } from '../api';
import { useAccountsT } from '../i18n';
import type { LoginLock } from '../types';

/** Failed-login counters and locks of the accounts in scope, each (account, address) clearable on its own. */
export function LoginLocksTable({ q, page, pageSize, onPageChange }: { q?: string; page: number; pageSize: number; onPageChange: (page: number, pageSize: number) => void }) {
  const t = useAccountsT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const list = usePaged<LoginLock>(accountsKeys.loginLocks, '/api/accounts/login-locks', { q: q || undefined, page, pageSize });

  const clear = async (lock: LoginLock) => {
    const key = `${lock.userId}/${lock.source}`;
    setBusy(key);
    try {
      await legacyApi.post<void>(`/api/accounts/users/${encodeURIComponent(lock.userId)}/unlock`, { source: lock.source });
      void qc.invalidateQueries({ queryKey: accountsKeys.all });
      message.success(t('locks.cleared'));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('locks.hint')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <PagedTable<LoginLock>
        testId="login-locks-table"
        rowKey={(r) => `${r.userId}/${r.source}`}
        loading={list.isFetching}
        data={list.data}
        page={page}
        pageSize={pageSize}
        onPageChange={onPageChange}
        columns={[
          {
            title: t('locks.account'),
            key: 'account',
            render: (_, r) => (
              <Link to={`/accounts/users/${r.userId}`}>
                {r.displayName}（{r.username}）
              </Link>
            ),
          },
          { title: t('locks.source'), dataIndex: 'source', render: (s: string) => <Typography.Text code>{s}</Typography.Text> },
          { title: t('locks.failures'), dataIndex: 'failures', align: 'right' },
          { title: t('locks.lastFailedAt'), key: 'last', render: (_, r) => formatTime(r.lastFailedAt) },
          {
            title: t('locks.state'),
            key: 'state',
            render: (_, r) =>
              r.lockedUntil ? (
                <Tag color="red" data-testid="login-lock-locked">
                  {t('locks.lockedUntil', { time: formatTime(r.lockedUntil) })}
                </Tag>
              ) : (
                <Tag>{t('locks.counting')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) => (
              <Popconfirm
                title={t('locks.clearConfirm')}
                onConfirm={() => clear(r)}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={buttonTestId(`login-lock-clear-confirm-${r.userId}`)}
              >
                <Button size="small" icon={<UnlockOutlined />} loading={busy === `${r.userId}/${r.source}`} data-testid={`login-lock-clear-${r.userId}`}>
                  {t('locks.clear')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );
}
