import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { PERM, useAppealsPermissions, useOrder } from '../api';
import { NoPermission } from '../components/NoPermission';
import { OrderPanel } from '../components/OrderPanel';
import { useAppealsT } from '../i18n';

/** /appeals/:id — one order, for whoever may read it: the reporter follows and rates it, staff act on it. */
export default function OrderPage() {
  const perms = useAppealsPermissions();
  return perms.has(PERM.read) ? <Order /> : <NoPermission />;
}

function Order() {
  const t = useAppealsT();
  const { id = '' } = useParams();
  const perms = useAppealsPermissions();
  const q = useOrder(id);
  // Back to where this reader works on orders: the desk, their inbox, or their own appeals.
  const back = perms.has(PERM.intake)
    ? { title: t('order.crumbs'), to: '/appeals' }
    : perms.has(PERM.handle)
      ? { title: t('inbox.title'), to: '/appeals/inbox' }
      : { title: t('mine.title'), to: '/appeals/mine' };
  return (
    <div data-testid="order-page">
      <PageHeader
        title={q.data ? q.data.title : t('order.title', { id })}
        subtitle={t('order.title', { id })}
        titleTestId="order-title"
        crumbs={[back, { title: `#${id}` }]}
      />
      <QueryState query={q}>{(order) => <OrderPanel order={order} />}</QueryState>
    </div>
  );
}
