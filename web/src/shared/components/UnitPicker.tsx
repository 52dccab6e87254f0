import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Select, Spin, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Label, Paged } from '../../app/api/types';
import { useI18n } from '../../app/i18n';

/** The fields of a territory unit any module may need to show or pick one. */
export interface UnitRef {
  id: string;
  name: string;
  type: string;
  typeLabel?: Label;
  code?: string | null;
  retiredAt?: string | null;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(h);
  }, [value, ms]);
  return v;
}

/**
 * Picks a territory unit within the caller's scope by searching GET /api/org/units?q=.
 * Works as a controlled antd form field (value = unit id).
 */
export function UnitPicker({
  value,
  onChange,
  type,
  excludeIds,
  initial,
  placeholder,
  testId = 'unit-picker',
  disabled,
  allowClear = true,
  size,
  style,
}: {
  value?: string | null;
  onChange?: (id: string | null, unit: UnitRef | null) => void;
  /** Restrict to one unit type (e.g. 'street'). */
  type?: string | string[];
  excludeIds?: string[];
  /** The currently selected unit, so its name shows before any search. */
  initial?: UnitRef | null;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
  allowClear?: boolean;
  size?: 'small' | 'middle' | 'large';
  style?: CSSProperties;
}) {
  const { t, label } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [picked, setPicked] = useState<UnitRef | null>(initial ?? null);

  const types = Array.isArray(type) ? type : type ? [type] : [];
  const res = useQuery({
    queryKey: ['org', 'units', 'picker', q, types],
    queryFn: ({ signal }) =>
      api.get<Paged<UnitRef>>(
        '/api/org/units',
        { q: q || undefined, type: types.length === 1 ? types[0] : undefined, pageSize: 30, includeRetired: false },
        signal,
      ),
    staleTime: 30_000,
  });

  // A value set from outside (e.g. from the URL) whose unit is not loaded yet: fetch it to show its name.
  // Ids may come as numbers (from the server) or strings (from the URL): compare them as strings.
  const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b);
  const known = !value || same(picked?.id, value) || !!res.data?.items.some((u) => same(u.id, value));
  const current = useQuery({
    queryKey: ['org', 'unit', value],
    queryFn: ({ signal }) => api.get<UnitRef>(`/api/org/units/${encodeURIComponent(value!)}`, undefined, signal),
    enabled: !known && !res.isPending,
    staleTime: 60_000,
  });
  useEffect(() => {
    if (current.data && String(current.data.id) === String(value)) setPicked(current.data);
  }, [current.data, value]);

  const options = useMemo(() => {
    const items = (res.data?.items ?? []).filter(
      (u) => !excludeIds?.includes(u.id) && (types.length === 0 || types.includes(u.type)),
    );
    const all = picked && !items.some((u) => String(u.id) === String(picked.id)) ? [picked, ...items] : items;
    return all.map((u) => ({
      value: u.id,
      unit: u,
      label: (
        <span>
          {u.name}{' '}
          {(u.typeLabel || u.type) && <Tag style={{ marginInlineStart: 4 }}>{u.typeLabel ? label(u.typeLabel) : u.type}</Tag>}
          {u.code && <span style={{ opacity: 0.55, fontSize: '0.85em' }}>{u.code}</span>}
        </span>
      ),
      title: u.name,
    }));
  }, [res.data, picked, excludeIds, label, types.join(',')]);

  return (
    <div data-testid={testId} style={style}>
      <Select<string>
        style={{ width: '100%' }}
        size={size}
        value={value === null || value === undefined || value === '' ? undefined : (options.find((o) => String(o.value) === String(value))?.value ?? value)}
        disabled={disabled}
        allowClear={allowClear}
        placeholder={placeholder ?? t('unitPicker.placeholder')}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={res.isFetching ? <Spin size="small" /> : t('unitPicker.noResult')}
        options={options}
        optionRender={(opt) => <span data-testid={`unit-option-${opt.value}`}>{opt.label}</span>}
        onChange={(id, opt) => {
          const unit = (Array.isArray(opt) ? opt[0] : opt) as { unit?: UnitRef } | undefined;
          setPicked(unit?.unit ?? null);
          onChange?.(id ?? null, unit?.unit ?? null);
        }}
      />
    </div>
  );
}
