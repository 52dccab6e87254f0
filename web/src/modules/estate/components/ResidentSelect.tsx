import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import type { Paged } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';

interface Resident {
  id: number;
  name: string;
  docMasked: string;
  address: { text: string } | null;
}

/** Picks a resident of one compound from the residents list (people module), by name or pinyin. */
export function ResidentSelect({ compoundId, value, onChange, onPicked, placeholder, testId = 'resident-select' }: {
  compoundId: number;
  value?: number | null;
  onChange?: (id: number | null) => void;
  onPicked?: (resident: { id: number; name: string } | null) => void;
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = window.setTimeout(() => setQ(search.trim()), 250);
    return () => window.clearTimeout(h);
  }, [search]);
  const res = useQuery({
    queryKey: ['people', 'persons', 'picker', compoundId, q],
    queryFn: ({ signal }) => legacyApi.get<Paged<Resident>>('/api/people/persons', { unitId: compoundId, q: q || undefined, pageSize: 30 }, signal),
    staleTime: 30_000,
  });
  const items = res.data?.items ?? [];
  const options = useMemo(
    () => items.map((p) => ({ value: p.id, label: <span>{p.name} <span style={{ opacity: 0.55, fontSize: '0.85em' }}>{p.address?.text ?? ''} {p.docMasked}</span></span> })),
    [items],
  );
  return (
    <div data-testid={testId}>
      <Select<number>
        style={{ width: '100%' }}
        allowClear
        value={value ?? undefined}
        placeholder={placeholder}
        onChange={(id) => {
          onChange?.(id ?? null);
          const p = items.find((x) => x.id === id);
          onPicked?.(p ? { id: p.id, name: p.name } : null);
        }}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        notFoundContent={res.isFetching ? <Spin size="small" /> : t('common.empty')}
        options={options}
        optionRender={(o) => <span data-testid={`${testId}-option-${o.value}`}>{o.label}</span>}
      />
    </div>
  );
}
