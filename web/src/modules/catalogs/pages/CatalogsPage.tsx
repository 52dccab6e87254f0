import { Card, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../../app/api/client';
import type { ApiItem } from '../../../app/api/types';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatTime } from '../../../shared/format';
import { useCatalogsT } from '../i18n';

type CatalogSummary = ApiItem<'/api/catalogs'>;
export const catalogKeys = { all: ['catalogs'] as const, one: (id: number) => ['catalogs', id] as const };

/** /catalogs — the district's catalogs, with where each came from and whether its profile moved on since an edit. */
export default function CatalogsPage() {
  const t = useCatalogsT();
  const { label } = useI18n();
  const q = useQuery({ queryKey: catalogKeys.all, queryFn: ({ signal }) => api.get('/api/catalogs', { signal }) });
  const districts = new Set((q.data?.items ?? []).map((c) => c.districtId));

  return (
    <div data-testid="catalogs-page">
      <PageHeader title={t('catalogs.title')} subtitle={t('catalogs.subtitle')} />
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <Table<CatalogSummary>
          data-testid="catalogs-table"
          rowKey="id"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t('catalogs.name'),
              key: 'name',
              render: (_, c) => (
                <Link to={`/catalogs/${c.id}`} data-testid={`catalog-link-${c.name}`}>
                  {c.label ? label(c.label) : c.name}
                  <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: '0.85em' }}>
                    {c.name}
                  </Typography.Text>
                </Link>
              ),
            },
            // Only the deployment's administrators see more than one district.
            ...(districts.size > 1 ? [{ title: t('catalogs.district'), dataIndex: 'districtName' }] : []),
            { title: t('catalogs.owner'), dataIndex: 'owner', render: (o: string | null) => o ?? '—' },
            { title: t('catalogs.version'), dataIndex: 'version', width: 80 },
            {
              title: t('catalogs.origin'),
              key: 'origin',
              render: (_, c) => (
                <span>
                  <Tag color={c.origin === 'edit' ? 'blue' : 'default'}>{t(`catalogs.origin.${c.origin}`)}</Tag>
                  {c.draft ? <Tag>{t('catalogs.draft')}</Tag> : null}
                  {c.profileChange ? (
                    <Tag color="orange" data-testid={`catalog-profile-changed-${c.name}`}>
                      {t('catalogs.profileChanged')}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            { title: t('catalogs.entries'), dataIndex: 'entryCount', width: 90 },
            { title: t('catalogs.updatedAt'), dataIndex: 'updatedAt', render: (at: string) => formatTime(at) },
          ]}
        />
      </Card>
    </div>
  );
}
