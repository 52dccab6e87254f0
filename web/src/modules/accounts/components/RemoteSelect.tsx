import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { Paged } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';

/** A select that searches a paged list endpoint (`?q=`), for departments and grids. */
export function RemoteSelect<T extends { id: string }>({
  path,
  value,
  onChange,
  render,
  placeholder,
  testId,
}: {
  path: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  render: (item: T) => ReactNode;
  placeholder?: string;
  testId: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = window.setTimeout(() => setQ(search.trim()), 250);
    return () => window.clearTimeout(h);
  }, [search]);
  const res = useQuery({
    queryKey: ['remote-select', path, q],
    queryFn: ({ signal }) => api.get<Paged<T>>(path, { q: q || undefined, pageSize: 30 }, signal),
    staleTime: 30_000,
  });
  const options = useMemo(
    () => (res.data?.items ?? []).map((it) => ({ value: it.id, label: render(it) })),
    [res.data, render],
  );
  return (
    <div data-testid={testId}>
      <Select<string>
        style={{ width: '100%' }}
        allowClear
        value={value}
        onChange={(v) => onChange?.(v ?? undefined)}
        placeholder={placeholder}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={res.isFetching ? <Spin size="small" /> : t('common.empty')}
        options={options}
        optionRender={(opt) => <span data-testid={`${testId}-option-${opt.value}`}>{opt.label}</span>}
      />
    </div>
  );
}
