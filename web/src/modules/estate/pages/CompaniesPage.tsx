import { useState } from 'react';
import { Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PagedTable } from '../../../shared/components/PagedTable';
import { SearchBox } from '../../../shared/components/SearchBox';
import { usePaged, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../shared/hooks/usePaged';
import { toPage, useUrlState } from '../../../shared/hooks/useUrlState';
import { PERM, estateKeys, useEstatePermissions } from '../api';
import { CompanyModal } from '../components/CompanyModal';
import { NoPermission } from '../components/NoPermission';
import { useEstateT } from '../i18n';
import type { CompanyListItem } from '../types';

/** /estate/companies — the district's register of property companies. */
export default function CompaniesPage() {
  const perms = useEstatePermissions();
  return perms.has(PERM.read) ? <CompaniesList /> : <NoPermission />;
}

function CompaniesList() {
  const t = useEstateT();
  const perms = useEstatePermissions();
  const [url, setUrl] = useUrlState(['q', 'page', 'pageSize'] as const);
  const [adding, setAdding] = useState(false);
  const page = toPage(url.page);
  const pageSize = Math.min(toPage(url.pageSize, DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const q = usePaged(estateKeys.companies, '/api/estate/companies', { q: url.q || undefined, page, pageSize });
  return (
    <div data-testid="estate-companies-page">
      <PageHeader
        crumbs={[{ title: t('compounds.title'), to: '/estate' }, { title: t('company.title') }]}
        title={t('company.title')}
        subtitle={t('company.subtitle')}
        extra={
          perms.has(PERM.companies) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="estate-add-company">
              {t('company.add')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <SearchBox
          testId="estate-company-search"
          value={url.q}
          placeholder={t('company.qPlaceholder')}
          onSearch={(v) => setUrl({ q: v || null, page: null })}
          style={{ maxWidth: 480 }}
        />
      </Card>
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <PagedTable<CompanyListItem>
          testId="estate-companies-table"
          rowKey="id"
          loading={q.isFetching}
          data={q.data}
          page={page}
          pageSize={pageSize}
          onPageChange={(p, s) => setUrl({ page: p, pageSize: s })}
          columns={[
            {
              title: t('company.name'),
              key: 'name',
              render: (_, c) => (
                <Link to={`/estate/companies/${c.id}`} data-testid={`estate-company-${c.id}`}>
                  {c.name}
                </Link>
              ),
            },
            {
              title: t('company.creditCode'),
              dataIndex: 'creditCode',
              render: (v: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text>,
            },
            { title: t('company.contactName'), dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
            { title: t('company.phone'), dataIndex: 'phoneMasked', render: (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? '—'}</span> },
            { title: t('company.serving'), dataIndex: 'serving', align: 'right' },
          ]}
        />
      </Card>
      {perms.has(PERM.companies) && <CompanyModal company={null} open={adding} onClose={() => setAdding(false)} />}
    </div>
  );
}
