import { useMemo, type HTMLAttributes } from 'react';
import { Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { FilterBar, FilterField } from '../../../shared/components/FilterBar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { SearchBox } from '../../../shared/components/SearchBox';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { usePaged, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { formatTime } from '../../../shared/format';
import { PERM, peopleKeys, usePermissions, useTagCatalog } from '../api';
import { ExportButton } from '../components/ExportButton';
import { GridSelect } from '../components/GridSelect';
import { NoPermission } from '../components/NoPermission';
import { NumberFilter } from '../components/NumberFilter';
import { PersonTags } from '../components/PersonTags';
import { TagFilter } from '../components/TagFilter';
import { usePeopleT } from '../i18n';
import { GENDERS, PERSON_SORTS, RESIDENCES, type Person, type PersonSort } from '../types';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const KEYS = ['unit', 'grid', 'q', 'tags', 'ageMin', 'ageMax', 'gender', 'residence', 'noVisitDays', 'departed', 'sort', 'desc', 'page', 'pageSize'] as const;
const FILTER_KEYS = ['grid', 'q', 'tags', 'ageMin', 'ageMax', 'gender', 'residence', 'noVisitDays', 'departed'] as const;
/** The catalog name of the quick filter 独居老人 (looked up by name: codes differ between districts). */
const ALONE_ELDERLY_NAME = '独居老人';

const num = (v: string) => (v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** /people — residents in scope, filtered by territory, text, tags and attributes (all in the URL). */
export default function PersonsPage() {
  const perms = usePermissions();
  return perms.has(PERM.read) ? <PersonsList /> : <NoPermission />;
}

function PersonsList() {
  const t = usePeopleT();
  const genderTerms = useVocabulary('people.gender');
  const residenceTerms = useVocabulary('people.residence');
  const departureTerms = useVocabulary('people.departure');
  const { label } = useI18n();
  const navigate = useNavigate();
  const perms = usePermissions();
  const [url, setUrl] = useUrlState(KEYS);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  // Defaults: the position's patch. A grid worker's unit (the street) is wider than what they may see, so their
  // default is their grid instead; either way the server limits the list to the position's scope.
  const unitId = url.unit || (perms.gridId ? '' : perms.unitId);
  const gridId = url.grid || (url.unit ? '' : perms.gridId);
  const tags = useMemo(() => (url.tags ? url.tags.split(',').filter(Boolean) : []), [url.tags]);
  const sort: PersonSort | undefined = (PERSON_SORTS as readonly string[]).includes(url.sort) ? (url.sort as PersonSort) : undefined;
  const desc = url.desc === 'true';
  const catalog = useTagCatalog();

  // The filters as the server reads them (the export takes the same, without paging).
  const filters = {
    unitId: unitId || undefined,
    gridId: gridId || undefined,
    q: url.q || undefined,
    tags: tags.length ? tags.join(',') : undefined,
    ageMin: num(url.ageMin),
    ageMax: num(url.ageMax),
    gender: GENDERS.find((g) => g === url.gender),
    residence: RESIDENCES.find((r) => r === url.residence),
    noVisitDays: num(url.noVisitDays),
    // Those who moved away or died, instead of the residents.
    departed: url.departed === '1' ? true : undefined,
    sort,
    desc: sort ? desc : undefined,
  };
  const q = usePaged(peopleKeys.persons, '/api/people/persons', { ...filters, page, pageSize });

  const aloneCode = catalog.data?.items.find((i) => i.target === 'person' && i.name.zh === ALONE_ELDERLY_NAME)?.code;
  const setFilter = (patch: Partial<Record<(typeof KEYS)[number], string | number | null>>) => setUrl({ ...patch, page: null });
  const toggleTag = (code: string, on: boolean) =>
    setFilter({ tags: (on ? [...tags.filter((x) => x !== code), code] : tags.filter((x) => x !== code)).join(',') || null });
  const anyFilter = FILTER_KEYS.some((k) => url[k]) || !!url.unit;
  // What folds behind a phone's 筛选 button: everything but the text search, an age range counting once.
  const activeFilters = [url.unit, url.grid, url.tags, url.ageMin || url.ageMax, url.gender, url.residence, url.noVisitDays, url.departed].filter(
    Boolean,
  ).length;

  const quick = [
    { key: 'elderly80', text: t('quick.elderly80'), on: url.ageMin === '80', toggle: (on: boolean) => setFilter({ ageMin: on ? 80 : null }) },
    ...(aloneCode
      ? [
          {
            key: 'aloneElderly',
            text: label(catalog.data!.items.find((i) => i.code === aloneCode)!.name),
            on: tags.includes(aloneCode),
            toggle: (on: boolean) => toggleTag(aloneCode, on),
          },
        ]
      : []),
    { key: 'noVisit90', text: t('quick.noVisit90'), on: url.noVisitDays === '90', toggle: (on: boolean) => setFilter({ noVisitDays: on ? 90 : null }) },
    { key: 'departed', text: t('filter.departed'), on: url.departed === '1', toggle: (on: boolean) => setFilter({ departed: on ? 1 : null }) },
  ];

  const sortOrder = (field: PersonSort) => (sort === field ? (desc ? ('descend' as const) : ('ascend' as const)) : null);

  return (
    <div data-testid="persons-page">
      <PageHeader
        title={t('persons.title')}
        subtitle={t('persons.subtitle')}
        extra={
          <>
            {perms.has(PERM.import) && (
              <Button icon={<ImportOutlined />} onClick={() => navigate('/people/import')} data-testid="persons-import">
                {t('persons.import')}
              </Button>
            )}
            {perms.has(PERM.export) && <ExportButton filters={filters} />}
          </>
        }
      />
      <FilterBar
        testId="persons-filters"
        active={activeFilters}
        footer={
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="secondary">{t('filter.quick')}</Typography.Text>
            {quick.map((c) => (
              <Tag.CheckableTag
                key={c.key}
                checked={c.on}
                onChange={(on) => c.toggle(on)}
                data-testid={`persons-quick-${c.key}`}
                style={{ padding: '2px 10px', border: '1px solid currentColor', borderRadius: 12 }}
              >
                {c.text}
              </Tag.CheckableTag>
            ))}
            {anyFilter && (
              <Button
                type="link"
                size="small"
                data-testid="persons-filter-reset"
                onClick={() => setUrl(Object.fromEntries([...FILTER_KEYS, 'unit', 'page'].map((k) => [k, null])))}
              >
                {t('filter.reset')}
              </Button>
            )}
          </Flex>
        }
      >
        <FilterField label={t('filter.unit')}>
          <UnitPicker
            testId="persons-filter-unit"
            value={unitId || null}
            allowClear={!!url.unit}
            initial={perms.unitId && !url.unit && !perms.gridId ? { id: perms.unitId, name: perms.unitName } : null}
            onChange={(id) => setFilter({ unit: id && (perms.gridId || String(id) !== perms.unitId) ? String(id) : null })}
          />
        </FilterField>
        <FilterField label={t('filter.grid')}>
          <GridSelect
            testId="persons-filter-grid"
            value={gridId}
            placeholder={t('filter.gridPlaceholder')}
            onChange={(id) => setFilter({ grid: id || null })}
          />
        </FilterField>
        <FilterField label={t('filter.q')} span={{ xs: 24, md: 24, xl: 12 }} pinned>
          <SearchBox testId="persons-search" value={url.q} placeholder={t('filter.qPlaceholder')} onSearch={(v) => setFilter({ q: v || null })} />
        </FilterField>
        <FilterField
          label={t('filter.tags')}
          span={{ xs: 24, md: 12, xl: 8 }}
          extra={
            catalog.data?.draft ? (
              <Tag color="warning" data-testid="tags-draft">
                {t('tags.draft')}
              </Tag>
            ) : null
          }
        >
          <TagFilter catalog={catalog.data} loading={catalog.isPending} value={tags} onChange={(codes) => setFilter({ tags: codes.join(',') || null })} />
        </FilterField>
        <FilterField label={t('filter.age')} span={{ xs: 24, sm: 12, md: 6, xl: 4 }}>
          <Space.Compact style={{ width: '100%' }}>
            <NumberFilter
              testId="persons-filter-age-min"
              value={url.ageMin}
              min={0}
              max={150}
              placeholder={t('filter.ageMin')}
              onCommit={(v) => setFilter({ ageMin: v })}
              style={{ width: '50%' }}
            />
            <NumberFilter
              testId="persons-filter-age-max"
              value={url.ageMax}
              min={0}
              max={150}
              placeholder={t('filter.ageMax')}
              onCommit={(v) => setFilter({ ageMax: v })}
              style={{ width: '50%' }}
            />
          </Space.Compact>
        </FilterField>
        <FilterField label={t('filter.gender')} span={{ xs: 12, sm: 6, md: 6, xl: 3 }}>
          <Select
            style={{ width: '100%' }}
            allowClear
            placeholder={t('common.all')}
            value={url.gender || undefined}
            onChange={(v) => setFilter({ gender: v ?? null })}
            aria-label={t('filter.gender')}
            data-testid="persons-filter-gender"
            options={GENDERS.map((g) => ({ value: g, label: genderTerms.label(g) }))}
            optionRender={(o) => <span data-testid={`persons-filter-gender-${o.value}`}>{o.label}</span>}
          />
        </FilterField>
        <FilterField label={t('filter.residence')} span={{ xs: 12, sm: 6, md: 6, xl: 5 }}>
          <Select
            style={{ width: '100%' }}
            allowClear
            placeholder={t('common.all')}
            value={url.residence || undefined}
            onChange={(v) => setFilter({ residence: v ?? null })}
            aria-label={t('filter.residence')}
            data-testid="persons-filter-residence"
            popupMatchSelectWidth={false}
            options={RESIDENCES.map((r) => ({ value: r, label: residenceTerms.label(r) }))}
            optionRender={(o) => <span data-testid={`persons-filter-residence-${o.value}`}>{o.label}</span>}
          />
        </FilterField>
        <FilterField label={t('filter.noVisitDays')} span={{ xs: 24, sm: 12, md: 6, xl: 4 }}>
          <NumberFilter
            testId="persons-filter-no-visit-days"
            value={url.noVisitDays}
            min={1}
            max={3650}
            placeholder={t('filter.days')}
            onCommit={(v) => setFilter({ noVisitDays: v })}
            style={{ width: '100%' }}
          />
        </FilterField>
      </FilterBar>
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<Person>
          testId="persons-table"
          rowKey="id"
          cards={{ title: 'name', fields: ['gender', 'age', 'residence', 'address', 'tags'] }}
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          onSortChange={(field, order) => setUrl({ sort: field && order ? field : null, desc: field && order === 'descend' ? 'true' : null, page: null })}
          onRow={(p) =>
            ({
              onClick: (e) => {
                if ((e.target as HTMLElement).closest('a,button')) return;
                navigate(`/people/persons/${p.id}`);
              },
              style: { cursor: 'pointer' },
              'data-testid': `person-row-${p.id}`,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('person.name'),
              key: 'name',
              dataIndex: 'name',
              sorter: true,
              sortOrder: sortOrder('name'),
              render: (name: string, p) => (
                <Link to={`/people/persons/${p.id}`} data-testid={`person-link-${p.id}`}>
                  {name}
                </Link>
              ),
            },
            { title: t('person.gender'), dataIndex: 'gender', render: (g: string | null) => (g ? genderTerms.label(g) : '—') },
            {
              title: t('person.age'),
              key: 'age',
              dataIndex: 'age',
              align: 'right',
              sorter: true,
              sortOrder: sortOrder('age'),
              render: (a: number | null) => (a === null ? '—' : a),
            },
            {
              title: t('person.residence'),
              key: 'residence',
              render: (_, p) => (p.departed ? <Tag data-testid={`person-departed-${p.id}`}>{departureTerms.label(p.departed)}</Tag> : label(p.residenceLabel)),
            },
            {
              title: t('person.docNumber'),
              key: 'doc',
              render: (_, p) => (
                <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} title={label(p.docTypeLabel)}>
                  {p.docMasked}
                </span>
              ),
            },
            { title: t('person.phone'), dataIndex: 'phoneMasked', render: (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? '—'}</span> },
            {
              title: t('person.address'),
              key: 'address',
              sorter: true,
              sortOrder: sortOrder('address'),
              render: (_, p) =>
                p.address ? (
                  <Link to={`/people/houses/${p.address.houseId}`} data-testid={`person-house-link-${p.id}`}>
                    {p.address.text}
                  </Link>
                ) : (
                  '—'
                ),
            },
            { title: t('person.tags'), key: 'tags', render: (_, p) => <PersonTags tags={p.tags} max={4} /> },
            {
              title: t('person.updatedAt'),
              key: 'updated',
              dataIndex: 'updatedAt',
              sorter: true,
              sortOrder: sortOrder('updated'),
              render: (v: string) => formatTime(v),
            },
          ]}
        />
      </Card>
    </div>
  );
}
