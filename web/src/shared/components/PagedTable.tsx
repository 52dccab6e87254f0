import { Table, type TableProps } from 'antd';
import type { Paged } from '../../app/api/types';
import { useI18n } from '../../app/i18n';
import { DEFAULT_PAGE_SIZE } from '../hooks/usePaged';
import { useIsPhone } from '../hooks/useIsPhone';
import { TableCards, type CardLayout } from './TableCards';

export interface PagedTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange'> {
  data: Paged<T> | undefined;
  page: number;
  pageSize?: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Server-side sorting: called when a column with `sorter: true` is clicked (order null: sorting cleared). */
  onSortChange?: (field: string | null, order: 'ascend' | 'descend' | null) => void;
  testId?: string;
  /** Which columns make a card's title, lines and actions on a phone (by default the first, the others, `actions`). */
  cards?: CardLayout;
}

/**
 * An antd Table bound to a server-paged list `{ items, total, page, pageSize }`; on a phone the same rows and pages
 * as cards, since a table squeezed to a phone's width shows a column or two and hides the rest.
 */
export function PagedTable<T extends object>({
  data,
  page,
  pageSize = DEFAULT_PAGE_SIZE,
  onPageChange,
  onSortChange,
  testId,
  cards,
  ...rest
}: PagedTableProps<T>) {
  const { t } = useI18n();
  const phone = useIsPhone();
  if (phone)
    return (
      <TableCards<T>
        columns={rest.columns ?? []}
        rowKey={rest.rowKey}
        data={data}
        page={page}
        pageSize={pageSize}
        loading={!!rest.loading}
        onPageChange={onPageChange}
        onRow={rest.onRow}
        rowSelection={rest.rowSelection}
        expandable={rest.expandable}
        layout={cards}
        testId={testId}
      />
    );
  return (
    <div data-testid={testId}>
      <Table<T>
        size="middle"
        scroll={{ x: 'max-content' }}
        {...rest}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('common.empty') }}
        onChange={
          onSortChange
            ? (_p, _f, sorter, extra) => {
                if (extra.action !== 'sort') return;
                const one = Array.isArray(sorter) ? sorter[0] : sorter;
                const field = one?.order ? String(one.columnKey ?? one.field ?? '') || null : null;
                onSortChange(field, one?.order ?? null);
              }
            : undefined
        }
        pagination={{
          current: data?.page ?? page,
          pageSize: data?.pageSize ?? pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100, 200],
          showTotal: (total) => (data?.totalCapped ? t('common.totalCapped', { total }) : t('common.total', { total })),
          hideOnSinglePage: false,
          onChange: onPageChange,
        }}
      />
    </div>
  );
}
