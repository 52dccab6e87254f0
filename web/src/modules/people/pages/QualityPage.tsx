import { Card, Flex, Progress, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../../app/api/client';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { UnitPicker } from '../../../shared/components/UnitPicker';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { PERM, peopleKeys, usePermissions } from '../api';
import { NoPermission } from '../components/NoPermission';
import { usePeopleT } from '../i18n';
import type { QualityRow } from '../types';

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

function Share({ part, whole, testId, warnBelow, name }: { part: number; whole: number; testId?: string; warnBelow?: number; name: string }) {
  const pct = share(part, whole);
  return (
    <Flex align="center" gap={8} style={{ minWidth: 150 }} data-testid={testId}>
      <Progress
        percent={pct}
        size="small"
        showInfo={false}
        aria-label={name}
        status={warnBelow !== undefined && whole && pct < warnBelow ? 'exception' : 'normal'}
        style={{ flex: 1, margin: 0 }}
      />
      <span style={{ width: 48, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{whole ? `${pct}%` : '—'}</span>
    </Flex>
  );
}

/** /people/quality — data quality per committee under a unit (default: the active position's unit). */
export default function QualityPage() {
  const perms = usePermissions();
  return perms.has(PERM.quality) ? <QualityView /> : <NoPermission />;
}

function QualityView() {
  const t = usePeopleT();
  const perms = usePermissions();
  const [url, setUrl] = useUrlState(['unit'] as const);
  const unitId = url.unit || perms.unitId;
  const q = useQuery({
    queryKey: peopleKeys.quality(unitId),
    queryFn: ({ signal }) => api.get('/api/people/units/{id}/quality', { path: { id: unitId }, signal }),
    enabled: !!unitId,
  });
  const rows = q.data?.items ?? [];
  const total = rows.reduce(
    (a, r) => ({
      houses: a.houses + r.houses,
      matchedHouses: a.matchedHouses + r.matchedHouses,
      persons: a.persons + r.persons,
      withoutPhone: a.withoutPhone + r.withoutPhone,
      stale: a.stale + r.stale,
      registeredAway: a.registeredAway + r.registeredAway,
    }),
    { houses: 0, matchedHouses: 0, persons: 0, withoutPhone: 0, stale: 0, registeredAway: 0 },
  );
  const num = (key: keyof QualityRow) => ({
    dataIndex: key,
    align: 'right' as const,
    sorter: (a: QualityRow, b: QualityRow) => Number(a[key]) - Number(b[key]),
    render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v.toLocaleString()}</span>,
  });

  return (
    <div data-testid="quality-page">
      <PageHeader title={t('quality.title')} subtitle={t('quality.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text type="secondary">{t('quality.unit')}</Typography.Text>
          <UnitPicker
            testId="quality-unit"
            style={{ minWidth: 280, flex: '0 1 420px' }}
            value={unitId || null}
            allowClear={!!url.unit}
            initial={perms.unitId && !url.unit ? { id: perms.unitId, name: perms.unitName } : null}
            onChange={(id) => setUrl({ unit: id && String(id) !== perms.unitId ? String(id) : null })}
          />
        </Flex>
      </Card>
      <Card>
        {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
        <div data-testid="quality-table">
          <Table<QualityRow>
            size="middle"
            rowKey="committeeId"
            loading={q.isFetching}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: t('quality.empty') }}
            columns={[
              {
                title: t('quality.committee'),
                key: 'name',
                fixed: 'left',
                sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
                render: (_, r) => (
                  <div>
                    <Link to={`/people?unit=${r.committeeId}`} data-testid={`quality-committee-${r.committeeId}`}>
                      {r.name}
                    </Link>
                    {r.code && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                        {r.code}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
              { title: t('quality.houses'), ...num('houses') },
              { title: t('quality.matched'), ...num('matchedHouses') },
              {
                title: t('quality.matchedShare'),
                key: 'share',
                sorter: (a, b) => share(a.matchedHouses, a.houses) - share(b.matchedHouses, b.houses),
                render: (_, r) => <Share part={r.matchedHouses} whole={r.houses} testId={`quality-share-${r.committeeId}`} name={t('quality.matchedShare')} />,
              },
              { title: t('quality.persons'), ...num('persons') },
              { title: t('quality.withoutPhone'), ...num('withoutPhone') },
              {
                title: t('quality.withPhoneShare'),
                key: 'phoneShare',
                sorter: (a, b) => share(a.persons - a.withoutPhone, a.persons) - share(b.persons - b.withoutPhone, b.persons),
                render: (_, r) => <Share part={r.persons - r.withoutPhone} whole={r.persons} name={t('quality.withPhoneShare')} />,
              },
              { title: <span title={t('quality.staleHint')}>{t('quality.stale')}</span>, ...num('stale') },
              { title: t('quality.registeredAway'), ...num('registeredAway') },
            ]}
            summary={() =>
              rows.length > 1 ? (
                <Table.Summary fixed>
                  <Table.Summary.Row data-testid="quality-total">
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('quality.total')}</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {total.houses.toLocaleString()}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {total.matchedHouses.toLocaleString()}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3}>
                      <Share part={total.matchedHouses} whole={total.houses} name={t('quality.matchedShare')} />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {total.persons.toLocaleString()}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      {total.withoutPhone.toLocaleString()}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={6}>
                      <Share part={total.persons - total.withoutPhone} whole={total.persons} name={t('quality.withPhoneShare')} />
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={7} align="right">
                      {total.stale.toLocaleString()}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={8} align="right">
                      {total.registeredAway.toLocaleString()}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        </div>
      </Card>
    </div>
  );
}
