import { Card, Descriptions, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { orgKeys } from '../api';
import { useOrgT } from '../i18n';
import type { Department } from '../types';
import { StreetCell } from './DepartmentsPage';

/** /org/departments/:id — one department and its teams. */
export default function DepartmentDetailPage() {
  const t = useOrgT();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: [...orgKeys.all, 'department', id],
    queryFn: ({ signal }) => api.get('/api/org/departments/{id}', { path: { id: Number(id) }, signal }),
  });
  return (
    <QueryState query={q}>
      {(d) => (
        <div data-testid="department-detail">
          <PageHeader crumbs={[{ title: t('departments.title'), to: '/org/departments' }, { title: d.name }]} title={d.name} titleTestId="department-name" />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'code', label: t('departments.code'), children: d.code ?? '—' },
                { key: 'street', label: t('departments.street'), children: <StreetCell d={d} /> },
                {
                  key: 'parent',
                  label: t('departments.parent'),
                  children: d.parentId ? <Link to={`/org/departments/${d.parentId}`}>{d.parentName ?? `#${d.parentId}`}</Link> : '—',
                },
                { key: 'teams', label: t('departments.teamCount'), children: d.teamCount },
              ]}
            />
          </Card>
          <Card title={t('departments.teams')}>
            <div data-testid="department-teams">
              <Table<Department>
                size="small"
                rowKey="id"
                dataSource={d.teams ?? []}
                pagination={(d.teams?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                columns={[
                  { title: t('departments.code'), dataIndex: 'code', render: (c: string | null) => c ?? '—' },
                  {
                    title: t('departments.name'),
                    dataIndex: 'name',
                    render: (n: string, team) => <Link to={`/org/departments/${team.id}`}>{n}</Link>,
                  },
                  { title: t('departments.street'), key: 'street', render: (_, team) => <StreetCell d={team} /> },
                ]}
              />
            </div>
          </Card>
        </div>
      )}
    </QueryState>
  );
}
