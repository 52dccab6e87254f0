import { Button, DatePicker, Select } from 'antd';
import { dayjs } from '../../../shared/format';
import { FilterBar, FilterField } from '../../../shared/components/FilterBar';
import { SearchBox } from '../../../shared/components/SearchBox';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { useAppealsT } from '../i18n';
import { CHANNELS, SLA_COLOURS, STATUSES, type Channel, type OrderListQuery, type Sla } from '../types';
import { CategoryPicker } from './CategoryPicker';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

export const FILTER_KEYS = ['status', 'sla', 'channel', 'category', 'unit', 'q', 'from', 'to', 'page', 'pageSize'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterPatch = Partial<Record<FilterKey, string | number | null>>;

/** A list's filters kept in the URL, and the query they make. */
export function useOrderFilters() {
  const [url, setUrl] = useUrlState(FILTER_KEYS);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const query: OrderListQuery = {
    status: url.status || undefined,
    sla: (SLA_COLOURS as readonly string[]).includes(url.sla) ? (url.sla as Sla) : undefined,
    channel: (CHANNELS as readonly string[]).includes(url.channel) ? (url.channel as Channel) : undefined,
    category: url.category || undefined,
    unitId: url.unit || undefined,
    q: url.q || undefined,
    from: url.from || undefined,
    to: url.to || undefined,
    page,
    pageSize,
  };
  const setFilter = (patch: FilterPatch) => setUrl({ ...patch, page: null });
  return { url, query, page, pageSize, setFilter, setPage: (p: number, s: number) => setUrl({ page: p, pageSize: s }) };
}

/** Status, time-limit colour, channel, category, place, text and received dates. */
export function OrderFilters({ filters, hide = [] }: { filters: ReturnType<typeof useOrderFilters>; hide?: Array<'status' | 'sla' | 'unit'> }) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const channelTerms = useVocabulary('appeals.channel');
  const slaTerms = useVocabulary('appeals.sla');
  const { url, setFilter } = filters;
  const statuses = url.status ? url.status.split(',') : [];
  // What folds behind a phone's 筛选 button: everything but the text search, the dates counting once.
  const active = [url.status, url.sla, url.channel, url.category, url.unit, url.from || url.to].filter(Boolean).length;
  return (
    <FilterBar
      testId="order-filters"
      active={active}
      style={{ marginBottom: 12 }}
      footer={
        <Button
          onClick={() => setFilter({ status: null, sla: null, channel: null, category: null, unit: null, q: null, from: null, to: null })}
          data-testid="orders-filter-reset"
        >
          {t('filter.reset')}
        </Button>
      }
    >
      <FilterField label={t('filter.q')} pinned>
        <SearchBox testId="orders-search" value={url.q} placeholder={t('filter.qPlaceholder')} onSearch={(v) => setFilter({ q: v || null })} />
      </FilterField>
      {!hide.includes('status') && (
        <FilterField label={t('filter.status')}>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ width: '100%' }}
            placeholder={t('common.all')}
            value={statuses}
            onChange={(v: string[]) => setFilter({ status: v.length ? v.join(',') : null })}
            options={STATUSES.map((s) => ({ value: s, label: orderStatusTerms.label(s) }))}
            aria-label={t('filter.status')}
            data-testid="orders-filter-status"
          />
        </FilterField>
      )}
      {!hide.includes('sla') && (
        <FilterField label={t('filter.sla')} span={{ xs: 12, md: 6, xl: 3 }}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('common.all')}
            value={url.sla || undefined}
            onChange={(v?: string) => setFilter({ sla: v ?? null })}
            options={SLA_COLOURS.map((c) => ({ value: c, label: slaTerms.label(c) }))}
            aria-label={t('filter.sla')}
            data-testid="orders-filter-sla"
          />
        </FilterField>
      )}
      <FilterField label={t('filter.channel')} span={{ xs: 12, md: 6, xl: 3 }}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('common.all')}
          value={url.channel || undefined}
          onChange={(v?: string) => setFilter({ channel: v ?? null })}
          popupMatchSelectWidth={false}
          options={CHANNELS.map((c) => ({ value: c, label: channelTerms.label(c) }))}
          aria-label={t('filter.channel')}
          data-testid="orders-filter-channel"
        />
      </FilterField>
      <FilterField label={t('filter.category')}>
        <CategoryPicker
          allowGroup
          value={url.category || null}
          onChange={(c) => setFilter({ category: c })}
          placeholder={t('common.all')}
          aria-label={t('filter.category')}
          testId="orders-filter-category"
        />
      </FilterField>
      {!hide.includes('unit') && (
        <FilterField label={t('filter.unit')}>
          <UnitPicker testId="orders-filter-unit" value={url.unit || null} onChange={(id) => setFilter({ unit: id ? String(id) : null })} />
        </FilterField>
      )}
      <FilterField label={t('filter.dates')}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          value={[url.from ? dayjs(url.from) : null, url.to ? dayjs(url.to) : null]}
          onChange={(r) => setFilter({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })}
          allowEmpty={[true, true]}
          data-testid="orders-filter-dates"
        />
      </FilterField>
    </FilterBar>
  );
}
