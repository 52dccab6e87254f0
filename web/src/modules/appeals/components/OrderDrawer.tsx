import { Button, Drawer } from 'antd';
import { useNavigate } from 'react-router-dom';
import { QueryState } from '../../../shared/components/QueryState';
import { useOrder } from '../api';
import { useAppealsT } from '../i18n';
import { OrderPanel } from './OrderPanel';

/** An order opened beside a list, so that a queue can be worked through without losing its filters. */
export function OrderDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useAppealsT();
  const q = useOrder(id ? String(id) : '');
  const navigate = useNavigate();
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(760px, 100vw)"
      title={q.data ? `#${q.data.id} ${q.data.title}` : id ? `#${id}` : ''}
      extra={
        // A button, not a button inside a link: one control, one tab stop.
        id ? (
          <Button onClick={() => navigate(`/appeals/${id}`)} data-testid="order-drawer-full">
            {t('order.openFull')}
          </Button>
        ) : null
      }
      destroyOnHidden
      data-testid="order-drawer"
    >
      {id !== null && <QueryState query={q}>{(order) => <OrderPanel order={order} compact />}</QueryState>}
    </Drawer>
  );
}
