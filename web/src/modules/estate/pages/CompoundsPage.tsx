import { Button, Card, Col, Flex, Row, Select, Tag, Typography } from 'antd';
import { ShopOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { SearchBox } from '../../../shared/components/SearchBox';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { usePaged, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { PERM, estateKeys, useEstatePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { CommitteeStateTag, FlagTags, ServiceStateTag } from '../components/StateTags';
import { useEstateT } from '../i18n';
import { LIST_SORTS, LIST_STATES, type CompoundSummary, type ListSort, type ListState } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const KEYS = ['unit', 'q', 'state', 'sort', 'page', 'pageSize'] as const;
const QUICK: ListState[] = ['contractExpiring', 'contractExpired', 'termExpired', 'noOwnersCommittee'];

/** /estate — the compounds in scope with their property company, contract end, owners' committee and warnings. */
export default function CompoundsPage() {
  const perms = useEstatePermissions();
  return perms.has(PERM.read) ? <CompoundsList /> : <NoPermission />;
}

function FilterLabel({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4, fontSize: '0.9em' }}>
      {text}
    </Typography.Text>
  );
}

function CompoundsList() {
  const t = useEstateT();
  const stateTerms = useVocabulary('estate.listState');
  const { label } = useI18n();
  const navigate = useNavigate();
  const [url, setUrl] = useUrlState(KEYS);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const state = (LIST_STATES as readonly string[]).includes(url.state) ? (url.state as ListState) : undefined;
  const sort = (LIST_SORTS as readonly string[]).includes(url.sort) ? (url.sort as ListSort) : undefined;
  const q = usePaged(estateKeys.compounds, '/api/estate/compounds', {
    unitId: url.unit || undefined,
    q: url.q || undefined,
    state,
    sort,
    page,
    pageSize,
  });
  const setFilter = (patch: Partial<Record<(typeof KEYS)[number], string | number | null>>) => setUrl({ ...patch, page: null });

  return (
    <div data-testid="estate-compounds-page">
      <PageHeader
        title={t('compounds.title')}
        subtitle={t('compounds.subtitle')}
        extra={
          <Button icon={<ShopOutlined />} onClick={() => navigate('/estate/companies')} data-testid="estate-open-companies">
            {t('compounds.companies')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }} data-testid="estate-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={7}>
            <FilterLabel text={t('compounds.unit')} />
            <UnitPicker
              testId="estate-filter-unit"
              type={['street', 'committee']}
              value={url.unit || null}
              onChange={(id) => setFilter({ unit: id ? String(id) : null })}
            />
          </Col>
          <Col xs={24} md={12} xl={7}>
            <FilterLabel text={t('compounds.q')} />
            <SearchBox testId="estate-search" value={url.q} placeholder={t('compounds.qPlaceholder')} onSearch={(v) => setFilter({ q: v || null })} />
          </Col>
          <Col xs={12} md={12} xl={5}>
            <FilterLabel text={t('compounds.state')} />
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder={t('common.all')}
              value={state}
              onChange={(v) => setFilter({ state: v ?? null })}
              aria-label={t('compounds.state')}
              data-testid="estate-filter-state"
              popupMatchSelectWidth={false}
              options={stateTerms.options(LIST_STATES)}
              optionRender={(o) => <span data-testid={`estate-filter-state-${o.value}`}>{o.label}</span>}
            />
          </Col>
          <Col xs={12} md={12} xl={5}>
            <FilterLabel text={t('compounds.sort')} />
            <Select
              style={{ width: '100%' }}
              value={sort ?? 'name'}
              onChange={(v) => setFilter({ sort: v === 'name' ? null : v })}
              aria-label={t('compounds.sort')}
              data-testid="estate-sort"
              popupMatchSelectWidth={false}
              options={LIST_SORTS.map((s) => ({ value: s, label: t(`compounds.sort.${s}`) }))}
            />
          </Col>
        </Row>
        <Flex align="center" gap={8} wrap style={{ marginTop: 12 }}>
          {QUICK.map((s) => (
            <Tag.CheckableTag
              key={s}
              checked={state === s}
              onChange={(on) => setFilter({ state: on ? s : null })}
              data-testid={`estate-quick-${s}`}
              style={{ padding: '2px 10px', border: '1px solid currentColor', borderRadius: 12 }}
            >
              {stateTerms.label(s)}
            </Tag.CheckableTag>
          ))}
        </Flex>
      </Card>
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<CompoundSummary>
          testId="estate-compounds-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: p, pageSize: s })}
          columns={[
            {
              title: t('compounds.compound'),
              key: 'name',
              fixed: 'left',
              render: (_, r) => (
                <div>
                  <Link to={`/estate/compounds/${r.id}`} data-testid={`estate-compound-${r.id}`}>
                    {r.name}
                  </Link>
                  {r.housingType && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                      {label(r.housingType.name)}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            { title: t('compounds.committee'), key: 'committee', render: (_, r) => r.committee?.name ?? '—' },
            {
              title: t('compounds.company'),
              key: 'company',
              render: (_, r) =>
                r.company ? <Link to={`/estate/companies/${r.company.id}`}>{r.company.name}</Link> : <ServiceStateTag state={r.serviceState} />,
            },
            {
              title: t('compounds.contractEnd'),
              key: 'contractEnd',
              render: (_, r) =>
                r.contractEnd ? (
                  <Flex gap={4} align="center" wrap>
                    <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.contractEnd}</span>
                    {r.serviceState !== 'active' && <ServiceStateTag state={r.serviceState} />}
                  </Flex>
                ) : r.lapsedOn ? (
                  <Typography.Text type="danger">{t('compounds.lapsedOn', { date: r.lapsedOn })}</Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: t('compounds.ownersCommittee'),
              key: 'ownersCommittee',
              render: (_, r) =>
                r.ownersCommittee?.termNumber ? (
                  <Flex gap={4} align="center" wrap>
                    <span>{t('compounds.termN', { n: r.ownersCommittee.termNumber })}</span>
                    <span style={{ fontVariantNumeric: 'tabular-nums', opacity: 0.75 }}>→ {r.ownersCommittee.termEnd}</span>
                  </Flex>
                ) : (
                  <CommitteeStateTag state={r.ownersCommitteeState} />
                ),
            },
            { title: t('compounds.flags'), key: 'flags', render: (_, r) => <FlagTags flags={r.flags} testId={`estate-flags-${r.id}`} /> },
          ]}
        />
      </Card>
    </div>
  );
}
