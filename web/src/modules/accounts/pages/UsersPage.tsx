import { useState } from 'react';
import { Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { UserPosition } from '../types';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { SearchBox } from '../../../shared/components/SearchBox';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePaged, DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { accountsKeys } from '../api';
import { CreateUserDrawer } from '../components/CreateUserDrawer';
import { LoginLocksTable } from '../components/LoginLocksTable';
import { UserStatus } from '../components/UserStatus';
import { useAccountsT } from '../i18n';
import type { User } from '../types';

export function PositionTag({ p }: { p: UserPosition }) {
  const { label } = useI18n();
  return (
    <Tag style={{ marginBottom: 2 }}>
      {label(p.roleLabel)} · {[p.unitName, p.departmentName, p.gridName].filter(Boolean).join(' · ')}
    </Tag>
  );
}

/** /accounts/users — users in scope, searchable, with a drawer to create one; a tab for failed-login locks. */
export default function UsersPage() {
  const t = useAccountsT();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [url, setUrl] = useUrlState(['tab', 'q', 'page', 'pageSize'] as const);
  const tab = url.tab === 'locks' ? 'locks' : 'users';
  const page = toPage(url.page);
  const pageSize = toPage(url.pageSize, DEFAULT_PAGE_SIZE);
  const q = usePaged([...accountsKeys.all, 'users'], '/api/accounts/users', { q: url.q || undefined, page, pageSize }, { enabled: tab === 'users' });

  return (
    <div data-testid="users-page">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setUrl({ tab: k === 'users' ? null : k, q: null, page: null })}
          items={[
            { key: 'users', label: <span data-testid="users-tab-users">{t('users.tab.users')}</span> },
            { key: 'locks', label: <span data-testid="users-tab-locks">{t('users.tab.locks')}</span> },
          ]}
        />
        <Flex style={{ marginBottom: 16 }}>
          <SearchBox
            value={url.q}
            placeholder={tab === 'locks' ? t('locks.search') : t('users.search')}
            onSearch={(v) => setUrl({ q: v || null, page: null })}
            style={{ maxWidth: 360 }}
            testId="users-search"
          />
        </Flex>
        {tab === 'locks' ? (
          <LoginLocksTable
            q={url.q || undefined}
            page={page}
            pageSize={pageSize}
            onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          />
        ) : (
          <>
            {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
            <PagedTable<User>
              testId="users-table"
              rowKey="id"
              loading={q.isFetching}
              data={q.data}
              page={page}
              pageSize={pageSize}
              onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
              columns={[
                {
                  title: t('users.username'),
                  dataIndex: 'username',
                  render: (u: string, row) => (
                    <Link to={`/accounts/users/${row.id}`} data-testid={`user-link-${row.id}`}>
                      {u}
                    </Link>
                  ),
                },
                { title: t('users.displayName'), dataIndex: 'displayName' },
                {
                  title: t('users.positions'),
                  key: 'positions',
                  render: (_, row) =>
                    row.positions.length ? (
                      <Flex wrap gap={2}>
                        {row.positions.map((p) => (
                          <PositionTag key={p.id} p={p} />
                        ))}
                      </Flex>
                    ) : (
                      <Typography.Text type="secondary">{t('users.noPositions')}</Typography.Text>
                    ),
                },
                { title: t('users.status'), key: 'status', render: (_, row) => <UserStatus user={row} /> },
              ]}
            />
          </>
        )}
      </Card>
      <CreateUserDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          navigate(`/accounts/users/${u.id}`);
        }}
      />
    </div>
  );
}
