import type { Key, ReactNode } from 'react';
import { Button, Card, Empty, Flex, Pagination, Spin, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { Paged } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import { PagedTable } from '../../../shared/components/PagedTable';
import { keyboardRow, selectAllTitle } from '../../../shared/components/tableKeyboard';
import { formatTime } from '../../../shared/format';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useAppealsT } from '../i18n';
import type { BulkResult, OrderSummary } from '../types';
import { DueCountdown, OrderFlags, SlaTag, StatusTag, runningDue } from './OrderTags';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/**
 * Work orders in a table: what, where, where from, with whom, and the running time limit in its colour.
 * `onOpen` opens an order beside the list (a drawer) instead of leaving it.
 */
/** One line of text at most `width` pixels wide, the whole of it on hover. */
function Clipped({ text, width }: { text: string; width: number }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: width, display: 'inline-block', verticalAlign: 'middle' }}>
      {text}
    </Typography.Text>
  );
}

export function OrdersTable({
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  onOpen,
  selection,
  results,
  extra,
  testId = 'orders-table',
}: {
  data: Paged<OrderSummary> | undefined;
  loading?: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen?: (id: number) => void;
  selection?: { keys: number[]; onChange: (keys: number[]) => void };
  /** Per-row answers of a bulk step. */
  results?: Map<number, BulkResult>;
  extra?: (o: OrderSummary) => ReactNode;
  testId?: string;
}) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const channelTerms = useVocabulary('appeals.channel');
  const { label } = useI18n();
  const phone = useIsPhone();
  if (phone && !selection)
    return <OrderCards data={data} loading={loading} page={page} pageSize={pageSize} onPageChange={onPageChange} onOpen={onOpen} testId={testId} />;
  const columns: ColumnsType<OrderSummary> = [
    {
      title: t('list.title'),
      key: 'title',
      fixed: 'left',
      width: 280,
      render: (_, o) => (
        <div style={{ minWidth: 200, maxWidth: 320 }}>
          {onOpen ? (
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              onClick={() => onOpen(o.id)}
              data-testid={`order-open-${o.id}`}
            >
              {o.title}
            </Button>
          ) : (
            <Link to={`/appeals/${o.id}`} data-testid={`order-link-${o.id}`}>
              {o.title}
            </Link>
          )}
          <Flex gap={4} wrap align="center" style={{ marginTop: 2 }}>
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              #{o.id}
            </Typography.Text>
            <OrderFlags order={o} />
          </Flex>
        </div>
      ),
    },
    { title: t('list.status'), key: 'status', render: (_, o) => <StatusTag status={o.status} testId={`order-status-${o.id}`} /> },
    {
      title: t('list.due'),
      key: 'due',
      render: (_, o) => (
        <Flex gap={6} align="center">
          <SlaTag order={o} testId={`order-sla-${o.id}`} />
          <DueCountdown order={o} />
        </Flex>
      ),
    },
    { title: t('list.category'), key: 'category', render: (_, o) => <Tooltip title={label(o.groupName)}>{label(o.categoryName)}</Tooltip> },
    {
      title: t('list.place'),
      key: 'place',
      // Long addresses are cut with an ellipsis and read whole on hover, so the columns after them stay on screen at 1440 px.
      render: (_, o) => <Clipped text={[o.streetName, o.address ?? o.unitName].filter(Boolean).join(' · ') || '—'} width={220} />,
    },
    { title: t('list.channel'), key: 'channel', render: (_, o) => channelTerms.label(o.channel) },
    { title: t('list.receivedAt'), key: 'receivedAt', render: (_, o) => <span style={{ whiteSpace: 'nowrap' }}>{formatTime(o.receivedAt)}</span> },
    { title: t('list.handler'), key: 'handler', render: (_, o) => <Clipped text={o.handler?.name ?? '—'} width={180} /> },
    ...(results?.size
      ? [
          {
            title: t('list.result'),
            key: 'result',
            render: (_: unknown, o: OrderSummary) => {
              const r = results.get(o.id);
              if (!r) return null;
              return r.ok ? (
                <Tag color="green" data-testid={`bulk-result-${o.id}`}>
                  {orderStatusTerms.label(r.status ?? 'dispatched')}
                </Tag>
              ) : (
                <Typography.Text type="danger" data-testid={`bulk-result-${o.id}`}>
                  {r.message ?? r.code}
                </Typography.Text>
              );
            },
          },
        ]
      : []),
    ...(extra ? [{ title: t('common.actions'), key: 'extra', render: (_: unknown, o: OrderSummary) => extra(o) }] : []),
  ];
  return (
    <PagedTable<OrderSummary>
      testId={testId}
      rowKey="id"
      loading={loading}
      data={data}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      columns={columns}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.keys,
              onChange: (keys: Key[]) => selection.onChange(keys.map(Number)),
              preserveSelectedRowKeys: true,
              columnTitle: selectAllTitle,
            }
          : undefined
      }
      onRow={
        onOpen || selection
          ? (o) =>
              keyboardRow(o, {
                open: onOpen ? (r) => onOpen(r.id) : undefined,
                toggle: selection
                  ? (r) => selection.onChange(selection.keys.includes(r.id) ? selection.keys.filter((k) => k !== r.id) : [...selection.keys, r.id])
                  : undefined,
              })
          : undefined
      }
    />
  );
}

/** The same orders as cards, for a phone: what, its status and time limit, where and when. */
function OrderCards({
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  onOpen,
  testId,
}: {
  data: Paged<OrderSummary> | undefined;
  loading?: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen?: (id: number) => void;
  testId: string;
}) {
  const t = useAppealsT();
  const { label } = useI18n();
  const items = data?.items ?? [];
  return (
    <Spin spinning={!!loading}>
      <Flex vertical gap={8} data-testid={testId}>
        {items.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />}
        {items.map((o) => {
          const body = (
            // biome-ignore lint/correctness/useJsxKeyInIterable: the element returned below carries the key; this card is its child
            <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
              <Flex justify="space-between" gap={8} align="flex-start">
                <Typography.Text strong style={{ minWidth: 0 }}>
                  {o.title}
                </Typography.Text>
                <StatusTag status={o.status} testId={`order-status-${o.id}`} />
              </Flex>
              <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
                <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                  #{o.id}
                </Typography.Text>
                <OrderFlags order={o} />
                <SlaTag order={o} />
                {runningDue(o) && <DueCountdown order={o} />}
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em', marginTop: 4 }}>
                {label(o.categoryName)} · {[o.address ?? o.unitName].filter(Boolean).join('') || '—'} · {formatTime(o.receivedAt)}
              </Typography.Text>
            </Card>
          );
          return onOpen ? (
            <div
              key={o.id}
              role="button"
              tabIndex={0}
              onClick={() => onOpen(o.id)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(o.id)}
              data-testid={`order-open-${o.id}`}
            >
              {body}
            </div>
          ) : (
            <Link key={o.id} to={`/appeals/${o.id}`} style={{ color: 'inherit' }} data-testid={`order-link-${o.id}`}>
              {body}
            </Link>
          );
        })}
        {(data?.total ?? 0) > pageSize && (
          <Flex justify="center">
            <Pagination simple current={page} pageSize={pageSize} total={data?.total ?? 0} onChange={onPageChange} />
          </Flex>
        )}
      </Flex>
    </Spin>
  );
}
