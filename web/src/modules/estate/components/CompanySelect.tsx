import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import type { Paged } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import type { CompanyListItem } from '../types';

/** Picks a company of the district register by name or credit code (a controlled antd form field). */
export function CompanySelect({ value, onChange, initial, testId = 'company-select' }: { value?: number; onChange?: (id: number | undefined) => void; initial?: { id: number; name: string } | null; testId?: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = window.setTimeout(() => setQ(search.trim()), 250);
    return () => window.clearTimeout(h);
  }, [search]);
  const res = useQuery({
    queryKey: ['estate', 'companies', 'picker', q],
    queryFn: ({ signal }) => legacyApi.get<Paged<CompanyListItem>>('/api/estate/companies', { q: q || undefined, pageSize: 30 }, signal),
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const items = res.data?.items ?? [];
    const all = initial && !items.some((c) => c.id === initial.id) ? [{ id: initial.id, name: initial.name, creditCode: '' }, ...items] : items;
    return all.map((c) => ({
      value: c.id,
      label: (
        <span>
          {c.name} {c.creditCode && <span style={{ opacity: 0.55, fontSize: '0.85em', fontFamily: 'monospace' }}>{c.creditCode}</span>}
        </span>
      ),
    }));
  }, [res.data, initial]);
  return (
    <div data-testid={testId}>
      <Select<number>
        style={{ width: '100%' }}
        value={value}
        onChange={(v) => onChange?.(v ?? undefined)}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={res.isFetching ? <Spin size="small" /> : t('common.empty')}
        options={options}
        optionRender={(o) => <span data-testid={`${testId}-option-${o.value}`}>{o.label}</span>}
      />
    </div>
  );
}
