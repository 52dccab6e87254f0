import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import type { Paged } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';

interface GridRef {
  id: number | string;
  code: string | null;
  name: string;
}

/** Picks an operations grid within scope (GET /api/org/grids?q=); value is the grid id as a string. */
export function GridSelect({
  value,
  onChange,
  placeholder,
  testId,
  style,
}: {
  value: string;
  onChange: (id: string) => void;
  placeholder?: string;
  testId: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = window.setTimeout(() => setQ(search.trim()), 250);
    return () => window.clearTimeout(h);
  }, [search]);
  const res = useQuery({
    queryKey: ['org', 'grids', 'picker', q],
    queryFn: ({ signal }) => legacyApi.get<Paged<GridRef>>('/api/org/grids', { q: q || undefined, pageSize: 30 }, signal),
    staleTime: 60_000,
  });
  const current = useQuery({
    queryKey: ['org', 'grid', value],
    queryFn: ({ signal }) => legacyApi.get<GridRef>(`/api/org/grids/${encodeURIComponent(value)}`, undefined, signal),
    enabled: !!value && !!res.data && !res.data.items.some((g) => String(g.id) === value),
    staleTime: 60_000,
  });
  const options = useMemo(() => {
    const items = [...(res.data?.items ?? [])];
    if (current.data && !items.some((g) => String(g.id) === String(current.data.id))) items.unshift(current.data);
    return items.map((g) => ({ value: String(g.id), label: g.code ? `${g.name}（${g.code}）` : g.name }));
  }, [res.data, current.data]);
  return (
    <div data-testid={testId} style={style}>
      <Select<string>
        style={{ width: '100%' }}
        allowClear
        value={value || undefined}
        onChange={(v) => onChange(v ?? '')}
        placeholder={placeholder}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={res.isFetching ? <Spin size="small" /> : t('common.empty')}
        options={options}
        optionRender={(opt) => <span data-testid={`${testId}-option-${opt.value}`}>{opt.label}</span>}
      />
    </div>
  );
}
