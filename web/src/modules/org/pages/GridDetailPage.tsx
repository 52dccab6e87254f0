import { Card, Descriptions, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { orgKeys } from '../api';
import { useOrgT } from '../i18n';
import { UNIT_TYPES } from '../types';
import { GridKindTag } from './GridsPage';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

/** /org/grids/:id — one grid and the units it covers. */
export default function GridDetailPage() {
  const t = useOrgT();
  const unitTypeTerms = useVocabulary('org.unitType');
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: [...orgKeys.all, 'grid', id],
    queryFn: ({ signal }) => api.get('/api/org/grids/{id}', { path: { id: Number(id) }, signal }),
  });
  return (
    <QueryState query={q}>
      {(g) => (
        <div data-testid="grid-detail">
          <PageHeader crumbs={[{ title: t('grids.title'), to: '/org/grids' }, { title: g.name }]} title={g.name} titleTestId="grid-name" />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'code', label: t('grids.code'), children: g.code ?? '—' },
                { key: 'kind', label: t('grids.kind'), children: <GridKindTag kind={g.kind} /> },
                {
                  key: 'street',
                  label: t('grids.street'),
                  children: g.streetId ? <Link to={`/org/units/${g.streetId}`}>{g.streetName}</Link> : '—',
                },
                { key: 'count', label: t('grids.unitCount'), children: g.unitCount },
              ]}
            />
          </Card>
          <Card title={t('grids.units')}>
            <div data-testid="grid-units">
              <Table
                size="small"
                rowKey="id"
                dataSource={g.units}
                pagination={g.units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                columns={[
                  {
                    title: t('unit.name'),
                    dataIndex: 'name',
                    render: (n: string, u) => <Link to={`/org/units/${u.id}`}>{n}</Link>,
                  },
                  {
                    title: t('unit.type'),
                    dataIndex: 'type',
                    render: (ty: string) => (UNIT_TYPES.includes(ty as (typeof UNIT_TYPES)[number]) ? unitTypeTerms.label(ty) : ty),
                  },
                ]}
              />
            </div>
          </Card>
        </div>
      )}
    </QueryState>
  );
}
