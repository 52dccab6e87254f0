import { useEffect, useState } from 'react';
import { Tag, Tooltip, Typography } from 'antd';
import { formatTime } from '../../../shared/format';
import { useAppealsT } from '../i18n';
import { OPEN_STATUSES, type OrderStatus, type OrderSummary } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const STATUS_COLOURS: Record<OrderStatus, string> = {
  received: 'gold',
  dispatched: 'blue',
  accepted: 'cyan',
  in_progress: 'processing',
  suspended: 'default',
  resolved: 'green',
  closed: 'success',
  merged: 'purple',
  invalid: 'default',
};

export const SLA_COLOURS: Record<string, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };
// The same colours dark enough for text on white (4.5:1): the bright ones above are for dots and markers.
const SLA_TEXT: Record<string, string> = { yellow: '#ad4e00', red: '#cf1322' };

export function StatusTag({ status, testId }: { status: OrderStatus; testId?: string }) {
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {orderStatusTerms.label(status)}
    </Tag>
  );
}

/** The time-limit colour of an open order (closed ones have none to show). */
export function SlaTag({ order, testId }: { order: Pick<OrderSummary, 'sla' | 'status'>; testId?: string }) {
  const slaTerms = useVocabulary('appeals.sla');
  if (!OPEN_STATUSES.includes(order.status) || !['green', 'yellow', 'red'].includes(order.sla)) return null;
  const colour = order.sla === 'red' ? 'red' : order.sla === 'yellow' ? 'gold' : 'green';
  return (
    <Tag color={colour} data-testid={testId} data-sla={order.sla} style={{ marginInlineEnd: 0 }}>
      {slaTerms.label(order.sla)}
    </Tag>
  );
}

export function OrderFlags({ order }: { order: Pick<OrderSummary, 'urgent' | 'supervised' | 'reopenCount'> }) {
  const t = useAppealsT();
  return (
    <>
      {order.urgent && <Tag color="red">{t('tag.urgent')}</Tag>}
      {order.supervised && <Tag color="volcano">{t('tag.supervised')}</Tag>}
      {order.reopenCount > 0 && <Tag color="orange">{t('tag.reopened')}</Tag>}
    </>
  );
}

/** The clock on screen, ticking every half minute so countdowns move without a reload. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(h);
  }, [everyMs]);
  return now;
}

/** The deadline that runs now: to accept until accepted, then to resolve; none once resolved or suspended. */
export function runningDue(o: Pick<OrderSummary, 'status' | 'acceptDueAt' | 'resolveDueAt'>): { kind: 'accept' | 'resolve'; at: string } | null {
  if (o.status === 'received' || o.status === 'dispatched') return o.acceptDueAt ? { kind: 'accept', at: o.acceptDueAt } : null;
  if (o.status === 'accepted' || o.status === 'in_progress') return o.resolveDueAt ? { kind: 'resolve', at: o.resolveDueAt } : null;
  return null;
}

/** Time left until (or past) the running deadline, in calendar time; the deadline itself counts working time. */
export function DueCountdown({ order, testId }: { order: Pick<OrderSummary, 'status' | 'acceptDueAt' | 'resolveDueAt' | 'sla'>; testId?: string }) {
  const t = useAppealsT();
  const now = useNow();
  const due = runningDue(order);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  const ms = new Date(due.at).getTime() - now;
  const abs = Math.abs(ms);
  const d = Math.floor(abs / 86_400_000);
  const h = Math.floor((abs % 86_400_000) / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const span = d > 0 ? t('sla.days', { d, h }) : h > 0 ? t('sla.hours', { h, m }) : t('sla.minutes', { m });
  const colour = ms < 0 || order.sla === 'red' ? SLA_TEXT.red : order.sla === 'yellow' ? SLA_TEXT.yellow : undefined;
  return (
    <Tooltip title={`${t(due.kind === 'accept' ? 'sla.acceptDue' : 'sla.resolveDue')} ${formatTime(due.at)}`}>
      <span style={{ color: colour, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
        {ms < 0 ? t('sla.over', { time: span }) : t('sla.left', { time: span })}
      </span>
    </Tooltip>
  );
}
