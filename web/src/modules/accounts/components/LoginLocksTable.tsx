import { Tag, Typography } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { usePaged } from '../../../shared/hooks/usePaged';
import { formatTime } from '../../../shared/format';
import { accountsKeys } from '../api';
import { useAccountsT } from '../i18n';
import type { LoginLock } from '../types';

/** Failed-login counters and locks of the accounts in scope, each (account, address) clearable on its own. */
export function LoginLocksTable({
  q,
  page,
  pageSize,
  onPageChange,
}: {
  q?: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const t = useAccountsT();
  const list = usePaged(accountsKeys.loginLocks, '/api/accounts/login-locks', { q: q || undefined, page, pageSize });

  const clear = useApiMutation(
    (lock: LoginLock) => api.post('/api/accounts/users/{id}/unlock', { path: { id: lock.userId }, body: { source: lock.source } }).then(() => undefined),
    { invalidate: [accountsKeys.all], success: t('locks.cleared'), errorAs: 'message' },
  );

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
              <ConfirmButton
                title={t('locks.clearConfirm')}
                onConfirm={() => clear.mutateAsync(r)}
                size="small"
                icon={<UnlockOutlined />}
                loading={clear.isPending && clear.variables?.userId === r.userId && clear.variables.source === r.source}
                testId={`login-lock-clear-${r.userId}`}
                confirmTestId={`login-lock-clear-confirm-${r.userId}`}
              >
                {t('locks.clear')}
              </ConfirmButton>
            ),
          },
        ]}
      />
    </>
  );
}
