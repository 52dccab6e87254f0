import { isValidElement, useState, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { Button, Card, Checkbox, Empty, Flex, Pagination, Spin, Typography, theme } from 'antd';
import type { ColumnType, ColumnsType, TableProps } from 'antd/es/table';
import type { Paged } from '../../app/api/types';
import { useI18n } from '../../app/i18n';
import { cardParts, type CardLayout } from './tableCards.parts';

export type { CardLayout } from './tableCards.parts';

/** What a cell shows: the column's render of its value, as the table would show it. */
function cell<T>(column: ColumnType<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex === undefined ? [] : ([] as Array<string | number>).concat(column.dataIndex as string | number | Array<string | number>);
  const value = path.reduce<unknown>(
    (v, k) => (v === null || v === undefined ? v : (v as Record<string | number, unknown>)[k]),
    path.length ? record : undefined,
  );
  const out = column.render ? column.render(value, record, index) : value;
  // A render may answer { children, props } to span table cells: a card shows the children.
  if (out && typeof out === 'object' && !isValidElement(out) && 'children' in out) return (out as { children: ReactNode }).children;
  return out as ReactNode;
}

function titleOf<T>(column: ColumnType<T>): ReactNode {
  return typeof column.title === 'function' ? column.title({}) : column.title;
}

function keyOf<T>(rowKey: TableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  return (record as Record<string, Key>)[rowKey ?? 'key'] ?? index;
}

/**
 * A paged list as cards, for a phone: each row's title, its key columns as "label: value" lines and its actions,
 * with the table's data, selection, row click and pages.
 */
export function TableCards<T extends object>({
  columns,
  rowKey,
  data,
  page,
  pageSize,
  loading,
  onPageChange,
  onRow,
  rowSelection,
  expandable,
  layout,
  testId,
}: {
  columns: ColumnsType<T>;
  rowKey: TableProps<T>['rowKey'];
  data: Paged<T> | undefined;
  page: number;
  pageSize: number;
  loading?: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onRow?: TableProps<T>['onRow'];
  rowSelection?: TableProps<T>['rowSelection'];
  expandable?: TableProps<T>['expandable'];
  layout?: CardLayout;
  testId?: string;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const [open, setOpen] = useState<Set<Key>>(new Set());
  const items = data?.items ?? [];
  const { title, fields, actions } = cardParts(columns as Array<ColumnType<T>>, layout);
  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  const select = (key: Key, on: boolean) => {
    const keys = on ? [...selected, key] : [...selected].filter((k) => k !== key);
    const rows = items.filter((r, i) => keys.includes(keyOf(rowKey, r, i)));
    rowSelection?.onChange?.(keys, rows, { type: 'single' });
  };
  const total = data?.total ?? 0;
  return (
    <Spin spinning={!!loading}>
      <Flex vertical gap={8} data-testid={testId} data-view="cards">
        {items.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
          {items.map((record, index) => {
            const key = keyOf(rowKey, record, index);
            const row = (onRow?.(record, index) ?? {}) as HTMLAttributes<HTMLElement>;
            const details = expandable?.expandedRowRender;
            return (
              <li key={key} {...row} style={{ ...row.style }}>
                <Card size="small" styles={{ body: { padding: 12 } }} data-testid={testId ? `${testId}-card-${key}` : undefined}>
                  <Flex gap={8} align="flex-start">
                    {rowSelection && (
                      <Checkbox
                        checked={selected.has(key)}
                        onClick={(e) => e.stopPropagation()}
                        onChange={(e) => select(key, e.target.checked)}
                        aria-label={t('common.select')}
                        data-testid={testId ? `${testId}-select-${key}` : undefined}
                      />
                    )}
                    <Typography.Text strong style={{ flex: 1, minWidth: 0, fontSize: '1.05em' }}>
                      {title ? cell(title, record, index) : null}
                    </Typography.Text>
                  </Flex>
                  {fields.length > 0 && (
                    <dl style={{ margin: '6px 0 0', display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 8px', alignItems: 'baseline' }}>
                      {fields.map((f) => (
                        <div key={String(f.key ?? f.dataIndex)} style={{ display: 'contents' }}>
                          <dt style={{ color: token.colorTextSecondary, whiteSpace: 'nowrap' }}>{titleOf(f)}</dt>
                          <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{cell(f, record, index)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {(actions || details) && (
                    <Flex gap={8} wrap align="center" justify="flex-end" style={{ marginTop: 8 }} onClick={(e) => e.stopPropagation()}>
                      {details && (
                        <Button
                          type="link"
                          size="small"
                          aria-expanded={open.has(key)}
                          onClick={() => setOpen((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])))}
                        >
                          {open.has(key) ? t('common.hideDetails') : t('common.showDetails')}
                        </Button>
                      )}
                      {actions && cell(actions, record, index)}
                    </Flex>
                  )}
                  {details && open.has(key) && <div style={{ marginTop: 8 }}>{details(record, index, 0, true)}</div>}
                </Card>
              </li>
            );
          })}
        </ul>
        {total > 0 && (
          <Flex justify="center" align="center" gap={8} wrap>
            <Pagination simple current={data?.page ?? page} pageSize={data?.pageSize ?? pageSize} total={total} onChange={onPageChange} />
            <Typography.Text type="secondary">{data?.totalCapped ? t('common.totalCapped', { total }) : t('common.total', { total })}</Typography.Text>
          </Flex>
        )}
      </Flex>
    </Spin>
  );
}
