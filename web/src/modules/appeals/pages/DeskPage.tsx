import { useState } from 'react';
import { Button, Card, Tabs } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { PERM, useAppealsPermissions, useOrders } from '../api';
import { NoPermission } from '../components/NoPermission';
import { OrderDrawer } from '../components/OrderDrawer';
import { OrderFilters, useOrderFilters } from '../components/OrderFilters';
import { OrdersTable } from '../components/OrdersTable';
import { useAppealsT } from '../i18n';

/**
 * /appeals — the work orders of one's territory (the committee desk, and every worker's list): filters, the
 * orders handled by one's own unit, and front-desk registration.
 */
export default function DeskPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.read) && perms.staff ? <Desk /> : <NoPermission />;
}

function Desk() {
  const t = useAppealsT();
  const navigate = useNavigate();
  const perms = useAppealsPermissions();
  const [tabState, setTab] = useUrlState(['tab'] as const);
  const handles = perms.has(PERM.handle);
  const tab = handles && tabState.tab === 'inbox' ? 'inbox' : 'all';
  const filters = useOrderFilters();
  const q = useOrders({ ...filters.query, view: tab });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div data-testid="desk-page">
      <PageHeader
        title={t('desk.title')}
        subtitle={t('desk.subtitle')}
        extra={
          perms.has(PERM.intake) ? (
            <Button type="primary" icon={<FormOutlined />} onClick={() => navigate('/appeals/new')} data-testid="desk-register">
              {t('desk.register')}
            </Button>
          ) : null
        }
      />
      {handles && (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab({ tab: k === 'all' ? null : k })}
          items={[
            { key: 'all', label: <span data-testid="desk-tab-all">{t('desk.tab.all')}</span> },
            { key: 'inbox', label: <span data-testid="desk-tab-inbox">{t('desk.tab.inbox')}</span> },
          ]}
        />
      )}
      <OrderFilters filters={filters} />
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <OrdersTable
          testId="desk-orders"
          data={q.data}
          loading={q.isFetching}
          page={filters.page}
          pageSize={filters.pageSize}
          onPageChange={filters.setPage}
          onOpen={setOpen}
        />
      </Card>
      <OrderDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
