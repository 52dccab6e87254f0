import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request, type Query } from '../../app/api/client';
import type { ApiItem, ListPath } from '../../app/api/types';
import { useI18n } from '../../app/i18n';

type Id = number | string;
type Item<P extends ListPath> = ApiItem<P>;

export interface RemoteSelectProps<P extends ListPath> {
  /** A list route that answers `{ items }` and searches with `?q=` (units, grids, companies, residents …). */
  path: P;
  /** More of the route's query, e.g. `{ type: 'street' }` or `{ unitId }`; part of the cache key. */
  query?: Query;
  value?: Id | null;
  onChange?: (id: Id | null, item: Item<P> | null) => void;
  /** How an option reads. */
  render: (item: Item<P>) => ReactNode;
  /** The option's plain text (shown in the closed select when `render` is rich). */
  text?: (item: Item<P>) => string;
  /** Hides some of the answer (a type, the record being edited). */
  filter?: (item: Item<P>) => boolean;
  /** The record the value names, so its name shows before any search (or `fetchOne` finds it). */
  initial?: Item<P> | null;
  /** Reads the record of a value set from outside (e.g. from the URL) that the first page does not hold. */
  fetchOne?: (id: Id, signal: AbortSignal) => Promise<Item<P>>;
  placeholder?: string;
  notFound?: string;
  /** The wrapper's test id; each option is `<optionTestId ?? testId>-option-<id>` … */
  testId: string;
  /** … or `<optionTestId>-<id>` when this is given (pages whose journeys name options so). */
  optionTestId?: string;
  allowClear?: boolean;
  disabled?: boolean;
  size?: 'small' | 'middle' | 'large';
  style?: CSSProperties;
  /** Given by a Form.Item, so that its label names the input. */
  id?: string;
  /** The input's name where no form label names it; the placeholder otherwise. */
  'aria-label'?: string;
}

const idOf = (item: unknown): Id => (item as { id: Id }).id;
const same = (a: unknown, b: unknown) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(h);
  }, [value, ms]);
  return v;
}

/**
 * The app's one searching select: types a query, asks a list route for 30 matches (debounced, cached), keeps
 * the chosen record's name shown, and works as a controlled antd form field (value = the record's id).
 *
 *   <RemoteSelect path="/api/org/grids" render={(g) => g.name} testId="grid-select" />
 */
export function RemoteSelect<P extends ListPath>(props: RemoteSelectProps<P>) {
  const { t } = useI18n();
  const { path, query, value, render, filter } = props;
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [picked, setPicked] = useState<Item<P> | null>(props.initial ?? null);

  const list = useQuery({
    queryKey: ['remote-select', path, query ?? {}, q],
    queryFn: ({ signal }) => request<{ items: Item<P>[] }>('GET', path, { query: { ...query, q: q || undefined, pageSize: 30 }, signal }),
    staleTime: 30_000,
  });
  const known =
    value === null || value === undefined || value === '' || same(picked && idOf(picked), value) || !!list.data?.items.some((i) => same(idOf(i), value));
  const one = useQuery({
    queryKey: ['remote-select', path, 'one', value],
    queryFn: ({ signal }) => props.fetchOne!(value!, signal),
    enabled: !!props.fetchOne && !known && !list.isPending,
    staleTime: 60_000,
  });
  useEffect(() => {
    if (one.data && same(idOf(one.data), value)) setPicked(one.data);
  }, [one.data, value]);
  useEffect(() => {
    if (props.initial) setPicked((p) => p ?? props.initial ?? null);
  }, [props.initial]);

  const options = useMemo(() => {
    const items = (list.data?.items ?? []).filter((i) => !filter || filter(i));
    const all = picked && !items.some((i) => same(idOf(i), idOf(picked))) ? [picked, ...items] : items;
    return all.map((item) => ({ value: idOf(item), item, label: render(item), title: props.text?.(item) }));
  }, [list.data, picked, filter, render, props.text]);

  const prefix = props.optionTestId ?? `${props.testId}-option`;
  return (
    <div data-testid={props.testId} style={props.style}>
      <Select<Id>
        style={{ width: '100%' }}
        size={props.size}
        value={value === null || value === undefined || value === '' ? undefined : (options.find((o) => same(o.value, value))?.value ?? value)}
        disabled={props.disabled}
        allowClear={props.allowClear ?? true}
        placeholder={props.placeholder ?? t('select.placeholder')}
        id={props.id}
        // A select outside a form (a filter above a list) has no label: its placeholder says what it picks.
        aria-label={props['aria-label'] ?? (props.id ? undefined : (props.placeholder ?? t('select.placeholder')))}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={list.isFetching ? <Spin size="small" /> : (props.notFound ?? t('select.noResult'))}
        options={options}
        optionRender={(opt) => <span data-testid={`${prefix}-${opt.value}`}>{opt.label}</span>}
        onChange={(id, opt) => {
          const item = ((Array.isArray(opt) ? opt[0] : opt) as { item?: Item<P> } | undefined)?.item ?? null;
          setPicked(item);
          props.onChange?.(id ?? null, item);
        }}
      />
    </div>
  );
}
