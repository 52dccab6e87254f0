import { useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Row, Select, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { dayjs } from '../../../shared/format';
import { SearchBox } from '../../../shared/components/SearchBox';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { usePhoneLayout } from '../api';
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

function FilterLabel({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4, fontSize: '0.9em' }}>
      {text}
    </Typography.Text>
  );
}

/** Status, time-limit colour, channel, category, place, text and received dates. */
export function OrderFilters({ filters, hide = [] }: { filters: ReturnType<typeof useOrderFilters>; hide?: Array<'status' | 'sla' | 'unit'> }) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const channelTerms = useVocabulary('appeals.channel');
  const slaTerms = useVocabulary('appeals.sla');
  const { url, setFilter } = filters;
  const phone = usePhoneLayout();
  const [more, setMore] = useState(false);
  const statuses = url.status ? url.status.split(',') : [];
  const search = <SearchBox testId="orders-search" value={url.q} placeholder={t('filter.qPlaceholder')} onSearch={(v) => setFilter({ q: v || null })} />;
  // On a phone the search stays in view and the other filters fold away.
  if (phone && !more) {
    const active = FILTER_KEYS.filter((k) => k !== 'q' && k !== 'page' && k !== 'pageSize' && url[k]).length;
    return (
      <Flex gap={8} style={{ marginBottom: 12 }} data-testid="order-filters">
        <div style={{ flex: 1 }}>{search}</div>
        <Button icon={<FilterOutlined />} onClick={() => setMore(true)} data-testid="orders-filter-more">
          {active ? `${t('filter.more')} (${active})` : t('filter.more')}
        </Button>
      </Flex>
    );
  }
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="order-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <FilterLabel text={t('filter.q')} />
          {search}
        </Col>
        {!hide.includes('status') && (
          <Col xs={24} md={12} xl={6}>
            <FilterLabel text={t('filter.status')} />
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              style={{ width: '100%' }}
              placeholder={t('common.all')}
              value={statuses}
              onChange={(v: string[]) => setFilter({ status: v.length ? v.join(',') : null })}
              options={STATUSES.map((s) => ({ value: s, label: orderStatusTerms.label(s) }))}
              data-testid="orders-filter-status"
            />
          </Col>
        )}
        {!hide.includes('sla') && (
          <Col xs={12} md={6} xl={3}>
            <FilterLabel text={t('filter.sla')} />
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('common.all')}
              value={url.sla || undefined}
              onChange={(v?: string) => setFilter({ sla: v ?? null })}
              options={SLA_COLOURS.map((c) => ({ value: c, label: slaTerms.label(c) }))}
              data-testid="orders-filter-sla"
            />
          </Col>
        )}
        <Col xs={12} md={6} xl={3}>
          <FilterLabel text={t('filter.channel')} />
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('common.all')}
            value={url.channel || undefined}
            onChange={(v?: string) => setFilter({ channel: v ?? null })}
            popupMatchSelectWidth={false}
            options={CHANNELS.map((c) => ({ value: c, label: channelTerms.label(c) }))}
            data-testid="orders-filter-channel"
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <FilterLabel text={t('filter.category')} />
          <CategoryPicker
            allowGroup
            value={url.category || null}
            onChange={(c) => setFilter({ category: c })}
            placeholder={t('common.all')}
            testId="orders-filter-category"
          />
        </Col>
        {!hide.includes('unit') && (
          <Col xs={24} md={12} xl={6}>
            <FilterLabel text={t('filter.unit')} />
            <UnitPicker testId="orders-filter-unit" value={url.unit || null} onChange={(id) => setFilter({ unit: id ? String(id) : null })} />
          </Col>
        )}
        <Col xs={24} md={12} xl={6}>
          <FilterLabel text={t('filter.dates')} />
          <DatePicker.RangePicker
            style={{ width: '100%' }}
            value={[url.from ? dayjs(url.from) : null, url.to ? dayjs(url.to) : null]}
            onChange={(r) => setFilter({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })}
            allowEmpty={[true, true]}
            data-testid="orders-filter-dates"
          />
        </Col>
        <Col xs={24} md={12} xl={3} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Button
            onClick={() => setFilter({ status: null, sla: null, channel: null, category: null, unit: null, q: null, from: null, to: null })}
            data-testid="orders-filter-reset"
          >
            {t('filter.reset')}
          </Button>
        </Col>
      </Row>
    </Card>
  );
}
