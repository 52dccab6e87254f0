import { Steps } from 'antd';
import { useAppealsT } from '../i18n';
import type { OrderSummary } from '../types';

const STAGES = ['received', 'dispatched', 'handling', 'resolved', 'rated'] as const;

/** How far along an order is, in five stages a resident understands. */
export function stageOf(o: Pick<OrderSummary, 'status' | 'rating'>): number {
  switch (o.status) {
    case 'received':
      return 0;
    case 'dispatched':
      return 1;
    case 'accepted':
    case 'in_progress':
    case 'suspended':
      return 2;
    case 'resolved':
      return 3;
    case 'closed':
      return o.rating ? 4 : 3;
    default:
      return 0;
  }
}

export function OrderProgress({
  order,
  size = 'small',
  testId,
}: {
  order: Pick<OrderSummary, 'status' | 'rating'>;
  size?: 'small' | 'medium';
  testId?: string;
}) {
  const t = useAppealsT();
  const current = stageOf(order);
  const stopped = order.status === 'merged' || order.status === 'invalid';
  const done = order.status === 'closed';
  return (
    <div data-testid={testId} data-stage={STAGES[current]}>
      <Steps
        size={size}
        type="dot"
        titlePlacement="vertical"
        current={current}
        status={stopped ? 'error' : done ? 'finish' : 'process'}
        responsive={false}
        items={STAGES.map((s) => ({ title: <span style={{ fontSize: '0.85em', whiteSpace: 'nowrap' }}>{t(`progress.${s}`)}</span> }))}
      />
    </div>
  );
}
