import { useState } from 'react';
import { Card } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PERM, useAppealsPermissions, useOrders } from '../api';
import { NoPermission } from '../components/NoPermission';
import { OrderDrawer } from '../components/OrderDrawer';
import { OrderFilters, useOrderFilters } from '../components/OrderFilters';
import { OrdersTable } from '../components/OrdersTable';
import { useAppealsT } from '../i18n';

/**
 * /appeals/inbox — what is sent to one's own department (or committee, or street) to handle, most pressing
 * first: accept or return it, work on it, ask for more time, suspend, resolve with photos.
 */
export default function InboxPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.handle) ? <Inbox /> : <NoPermission />;
}

function Inbox() {
  const t = useAppealsT();
  const filters = useOrderFilters();
  const q = useOrders({ ...filters.query, view: 'inbox', sort: 'due_asc' });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div data-testid="inbox-page">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <OrderFilters filters={filters} hide={['unit']} />
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <OrdersTable
          testId="inbox-orders"
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
