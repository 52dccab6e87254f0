import { Card, Empty, Flex, InputNumber, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RankedRate, RankRow, Rankings, SummonsRankRow } from './IndicatorApi';
import { pct } from './IndicatorFormat';
import { useIndicatorT } from './IndicatorI18n';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

const byRate = (k: RankedRate) => (a: RankRow, b: RankRow) => (a.figures[k] ?? -1) - (b.figures[k] ?? -1);

/** A rate with its rank beside it; greyed out when the unit had too few orders to be ranked. */
function RateCell({ row, rate }: { row: RankRow; rate: RankedRate }) {
  const t = useIndicatorT();
  const rank = row.ranks[rate];
  const value = pct(row.figures[rate]);
  if (rank === null) return <Typography.Text type="secondary">{value}</Typography.Text>;
  return (
    <Tooltip title={t('rank.rank', { n: rank })}>
      <span>
        {value}{' '}
        <Tag color={rank <= 3 ? 'gold' : undefined} style={{ marginInlineStart: 4 }}>
          {rank}
        </Tag>
      </span>
    </Tooltip>
  );
}

function RankTable({ rows, testId }: { rows: RankRow[]; testId: string }) {
  const t = useIndicatorT();
  const columns: ColumnsType<RankRow> = [
    {
      title: t('rank.name'),
      key: 'name',
      fixed: 'left',
      render: (_, r) =>
        r.score === null ? (
          <Tooltip title={t('rank.unranked')}>
            <Typography.Text type="secondary">{r.name}</Typography.Text>
          </Tooltip>
        ) : (
          r.name
        ),
    },
    {
      title: t('rank.received'),
      key: 'received',
      align: 'right',
      sorter: (a, b) => a.figures.received - b.figures.received,
      render: (_, r) => r.figures.received,
    },
    { title: t('rank.valid'), key: 'valid', align: 'right', sorter: (a, b) => a.figures.valid - b.figures.valid, render: (_, r) => r.figures.valid },
    { title: t('rank.onTime'), key: 'onTime', align: 'right', sorter: byRate('onTimeRate'), render: (_, r) => <RateCell row={r} rate="onTimeRate" /> },
    {
      title: t('rank.resolution'),
      key: 'resolution',
      align: 'right',
      sorter: byRate('resolutionRate'),
      render: (_, r) => <RateCell row={r} rate="resolutionRate" />,
    },
    {
      title: t('rank.satisfaction'),
      key: 'satisfaction',
      align: 'right',
      sorter: byRate('satisfactionRate'),
      render: (_, r) => <RateCell row={r} rate="satisfactionRate" />,
    },
    {
      title: t('rank.reopen'),
      key: 'reopen',
      align: 'right',
      sorter: (a, b) => (a.figures.reopenRate ?? -1) - (b.figures.reopenRate ?? -1),
      render: (_, r) => pct(r.figures.reopenRate),
    },
    {
      title: t('rank.avgAccept'),
      key: 'accept',
      align: 'right',
      sorter: (a, b) => (a.figures.avgAcceptMinutes ?? 1e12) - (b.figures.avgAcceptMinutes ?? 1e12),
      render: (_, r) => (r.figures.avgAcceptMinutes === null ? '—' : Math.round(r.figures.avgAcceptMinutes)),
    },
    {
      title: t('rank.score'),
      key: 'score',
      align: 'right',
      sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
      render: (_, r) => (r.score === null ? '—' : <strong>{pct(r.score)}</strong>),
    },
  ];
  return (
    <Table<RankRow>
      data-testid={testId}
      size="small"
      rowKey={(r) => `${r.kind}-${r.id}`}
      dataSource={rows}
      columns={columns}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
    />
  );
}

function SummonsTable({ rows }: { rows: SummonsRankRow[] }) {
  const t = useIndicatorT();
  const inviteeKindTerms = useVocabulary('appeals.inviteeKind');
  const columns: ColumnsType<SummonsRankRow> = [
    {
      title: t('rank.invitee'),
      key: 'name',
      fixed: 'left',
      render: (_, r) => (
        <Flex gap={6} align="center">
          <Tag>{inviteeKindTerms.label(r.kind)}</Tag>
          {r.name}
        </Flex>
      ),
    },
    { title: t('rank.invited'), dataIndex: 'invited', align: 'right', sorter: (a, b) => a.invited - b.invited },
    { title: t('rank.responded'), dataIndex: 'responded', align: 'right' },
    { title: t('rank.respondedOnTime'), dataIndex: 'respondedOnTime', align: 'right' },
    { title: t('rank.met'), dataIndex: 'met', align: 'right' },
    { title: t('rank.resolved'), dataIndex: 'resolved', align: 'right' },
    { title: t('rank.unresolved'), dataIndex: 'unresolved', align: 'right' },
    {
      title: t('rank.resolutionRate'),
      key: 'rate',
      align: 'right',
      sorter: (a, b) => (a.resolutionRate ?? -1) - (b.resolutionRate ?? -1),
      render: (_, r) => <strong>{pct(r.resolutionRate)}</strong>,
    },
    { title: t('rank.committeeRating'), key: 'rating', align: 'right', render: (_, r) => (r.committeeRating === null ? '—' : r.committeeRating.toFixed(2)) },
  ];
  return (
    <Table<SummonsRankRow>
      data-testid="indicator-rank-summons"
      size="small"
      rowKey={(r) => `${r.kind}-${r.id}`}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

/** The two-way evaluation (双向评议): the units below, the departments, and how summons were answered. */
export function IndicatorRankings({
  data,
  loading,
  minVolume,
  onMinVolume,
}: {
  data: Rankings | undefined;
  loading: boolean;
  minVolume: number;
  onMinVolume: (n: number) => void;
}) {
  const t = useIndicatorT();
  const items = [
    ...(data?.unitLevel
      ? [{ key: 'units', label: t(`rank.units.${data.unitLevel}`), children: <RankTable rows={data.units} testId="indicator-rank-units" /> }]
      : []),
    {
      key: 'departments',
      label: t('rank.departments'),
      children: data?.departments.length ? <RankTable rows={data.departments} testId="indicator-rank-departments" /> : <Empty />,
    },
    { key: 'summons', label: t('rank.summons'), children: data?.summons.length ? <SummonsTable rows={data.summons} /> : <Empty /> },
  ];
  return (
    <Card
      title={t('rank.title')}
      size="small"
      style={{ marginBottom: 16 }}
      loading={loading && !data}
      data-testid="indicator-rankings"
      // In the card's head, not beside the tabs: a tab list may hold only tabs.
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('rank.minVolume')}</Typography.Text>
          <InputNumber
            min={1}
            max={100000}
            value={minVolume}
            onChange={(v) => v && onMinVolume(v)}
            style={{ width: 90 }}
            aria-label={t('rank.minVolume')}
            data-testid="indicator-min-volume"
          />
        </Flex>
      }
    >
      <Tabs items={items} />
    </Card>
  );
}
