import { Card, Flex, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { SearchBox } from '../../../shared/components/SearchBox';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { usePaged, DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';
import { orgKeys } from '../api';
import { useOrgT } from '../i18n';
import type { Grid } from '../types';

export function GridKindTag({ kind }: { kind: Grid['kind'] }) {
  const gridKindTerms = useVocabulary('org.gridKind');
  return <Tag color={kind === 'party_area' ? 'red' : 'blue'}>{gridKindTerms.label(kind)}</Tag>;
}

/** /org/grids — the grids and party-building areas in scope, by street. */
export default function GridsPage() {
  const t = useOrgT();
  const [url, setUrl] = useUrlState(['q', 'streetId', 'page', 'pageSize'] as const);
  const page = toPage(url.page);
  const pageSize = toPage(url.pageSize, DEFAULT_PAGE_SIZE);
  const q = usePaged([...orgKeys.all, 'grids'], '/api/org/grids', {
    q: url.q || undefined,
    streetId: url.streetId || undefined,
    page,
    pageSize,
  });
  return (
    <div data-testid="grids-page">
      <PageHeader title={t('grids.title')} subtitle={t('grids.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchBox
            value={url.q}
            placeholder={t('common.searchPlaceholder')}
            onSearch={(v) => setUrl({ q: v || null, page: null })}
            style={{ maxWidth: 320 }}
            testId="grids-search"
          />
          <UnitPicker
            type="street"
            value={url.streetId || null}
            placeholder={t('grids.filterStreet')}
            onChange={(id) => setUrl({ streetId: id, page: null })}
            style={{ minWidth: 240 }}
            testId="grids-street-filter"
          />
        </Flex>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<Grid>
          testId="grids-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          columns={[
            { title: t('grids.code'), dataIndex: 'code', render: (c: string | null) => c ?? '—' },
            {
              title: t('grids.name'),
              dataIndex: 'name',
              render: (n: string, g) => (
                <Link to={`/org/grids/${g.id}`} data-testid={`grid-link-${g.id}`}>
                  {n}
                </Link>
              ),
            },
            { title: t('grids.kind'), dataIndex: 'kind', render: (k: Grid['kind']) => <GridKindTag kind={k} /> },
            {
              title: t('grids.street'),
              dataIndex: 'streetName',
              render: (s: string | null, g) => (g.streetId ? <Link to={`/org/units/${g.streetId}`}>{s}</Link> : '—'),
            },
            { title: t('grids.unitCount'), dataIndex: 'unitCount', align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}
