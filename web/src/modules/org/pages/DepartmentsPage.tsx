import { Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { SearchBox } from '../../../shared/components/SearchBox';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePaged, DEFAULT_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { orgKeys } from '../api';
import { useOrgT } from '../i18n';
import type { Department } from '../types';

export function StreetCell({ d }: { d: Department }) {
  const t = useOrgT();
  return d.streetId ? <Link to={`/org/units/${d.streetId}`}>{d.streetName}</Link> : <Tag>{t('departments.districtLevel')}</Tag>;
}

/** /org/departments — district departments and their teams in the streets. */
export default function DepartmentsPage() {
  const t = useOrgT();
  const [url, setUrl] = useUrlState(['q', 'page', 'pageSize'] as const);
  const page = toPage(url.page);
  const pageSize = toPage(url.pageSize, DEFAULT_PAGE_SIZE);
  const q = usePaged([...orgKeys.all, 'departments'], '/api/org/departments', {
    q: url.q || undefined,
    page,
    pageSize,
  });
  return (
    <div data-testid="departments-page">
      <PageHeader title={t('departments.title')} subtitle={t('departments.subtitle')} />
      <Card>
        <SearchBox
          value={url.q}
          placeholder={t('common.searchPlaceholder')}
          onSearch={(v) => setUrl({ q: v || null, page: null })}
          style={{ maxWidth: 320, marginBottom: 16 }}
          testId="departments-search"
        />
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<Department>
          testId="departments-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: s !== pageSize ? 1 : p, pageSize: s })}
          columns={[
            { title: t('departments.code'), dataIndex: 'code', render: (c: string | null) => c ?? '—' },
            {
              title: t('departments.name'),
              dataIndex: 'name',
              render: (n: string, d) => (
                <Link to={`/org/departments/${d.id}`} data-testid={`department-link-${d.id}`}>
                  {n}
                </Link>
              ),
            },
            {
              title: t('departments.parent'),
              key: 'parent',
              render: (_, d) =>
                d.parentId ? (
                  <Link to={`/org/departments/${d.parentId}`} data-testid={`department-parent-${d.id}`}>
                    {d.parentName ?? `#${d.parentId}`}
                  </Link>
                ) : (
                  '—'
                ),
            },
            { title: t('departments.street'), key: 'street', render: (_, d) => <StreetCell d={d} /> },
            { title: t('departments.teamCount'), dataIndex: 'teamCount', align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}
