import { useEffect, useMemo, useRef } from 'react';
import { Card, DatePicker, Empty, Flex, Switch, Table, Typography } from 'antd';
import * as echarts from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { dayjs, todayInZone } from '../../../shared/format';
import { SUMMONS_PERM, useAppealsPermissions, useSummonsRates } from '../api';
import { NoPermission } from '../components/NoPermission';
import { useSummonsT } from '../i18n';
import type { SummonsRateFigures, SummonsRates } from '../types';
import { InviteeName } from './SummonsTags';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);
type Option = echarts.ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
type Line = SummonsRates['items'][number];

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits));

/**
 * /appeals/summons/rates — the published indicator: per department and street office, how often it was
 * summoned, how fast and how often on time it answered, and the share of problems solved.
 */
export default function SummonsRatesPage() {
  const perms = useAppealsPermissions();
  return perms.has(SUMMONS_PERM.indicators) ? <Rates /> : <NoPermission />;
}

function Rates() {
  const t = useSummonsT();
  const [url, setUrl] = useUrlState(['from', 'to', 'rollup'] as const);
  // A year to today unless the reader picks a period.
  const to = url.to || todayInZone();
  const from = url.from || dayjs(todayInZone()).subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD');
  const q = useSummonsRates({ from, to, rollup: url.rollup === '1' || undefined });

  return (
    <div data-testid="summons-rates-page">
      <PageHeader
        title={t('rates.title')}
        subtitle={t('rates.subtitle')}
        crumbs={[{ title: t('summons.title'), to: '/appeals/summons' }, { title: t('rates.title') }]}
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap gap={16} align="center">
          <span>{t('rates.period')}</span>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => setUrl({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
            data-testid="rates-period"
          />
          <Flex gap={8} align="center">
            <Switch
              checked={url.rollup === '1'}
              onChange={(on) => setUrl({ rollup: on ? '1' : null })}
              aria-labelledby="rates-rollup-label"
              data-testid="rates-rollup"
            />
            <span id="rates-rollup-label">{t('rates.rollup')}</span>
          </Flex>
        </Flex>
      </Card>
      {q.error ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Card style={{ marginBottom: 16 }} title={t('rates.chart')}>
        <RateChart lines={q.data?.items ?? []} />
      </Card>
      <Card>
        <Table<Line>
          data-testid="rates-table"
          size="middle"
          rowKey={(l) => `${l.invitee.kind}-${l.invitee.id}`}
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('rates.invitee'), key: 'invitee', fixed: 'left', render: (_, l) => <InviteeName invitee={l.invitee} /> },
            { title: t('rates.parent'), key: 'parent', render: (_, l) => l.invitee.parentName ?? '—' },
            { title: t('rates.invited'), dataIndex: 'invited', align: 'right', sorter: (a, b) => a.invited - b.invited, defaultSortOrder: 'descend' },
            { title: t('rates.responded'), dataIndex: 'responded', align: 'right' },
            {
              title: t('rates.onTimeRate'),
              key: 'onTime',
              align: 'right',
              sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
              render: (_, l) => pct(l.onTimeRate),
            },
            {
              title: t('rates.overdue'),
              dataIndex: 'overdue',
              align: 'right',
              render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0),
            },
            {
              title: t('rates.avgResponseHours'),
              key: 'hours',
              align: 'right',
              sorter: (a, b) => (a.avgResponseHours ?? 1e9) - (b.avgResponseHours ?? 1e9),
              render: (_, l) => num(l.avgResponseHours),
            },
            { title: t('rates.declined'), dataIndex: 'declined', align: 'right' },
            { title: t('rates.resolved'), dataIndex: 'resolved', align: 'right' },
            { title: t('rates.unresolved'), dataIndex: 'unresolved', align: 'right' },
            {
              title: t('rates.resolutionRate'),
              key: 'rate',
              align: 'right',
              sorter: (a, b) => (a.resolutionRate ?? -1) - (b.resolutionRate ?? -1),
              render: (_, l) => <strong>{pct(l.resolutionRate)}</strong>,
            },
            { title: t('rates.avgCommitteeRating'), key: 'committeeRating', align: 'right', render: (_, l) => num(l.avgCommitteeRating, 2) },
            { title: t('rates.avgResidentsRating'), key: 'residentsRating', align: 'right', render: (_, l) => num(l.avgResidentsRating, 2) },
          ]}
          summary={() => {
            if (!q.data) return null;
            const f: SummonsRateFigures = q.data.total;
            const cells = [
              f.invited,
              f.responded,
              pct(f.onTimeRate),
              f.overdue,
              num(f.avgResponseHours),
              f.declined,
              f.resolved,
              f.unresolved,
              pct(f.resolutionRate),
              num(f.avgCommitteeRating, 2),
              num(f.avgResidentsRating, 2),
            ];
            return (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="rates-total">
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <strong>{t('rates.total')}</strong>
                  </Table.Summary.Cell>
                  {cells.map((c, i) => (
                    <Table.Summary.Cell key={i} index={i + 2} align="right">
                      <strong>{c}</strong>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            );
          }}
        />
      </Card>
    </div>
  );
}

/** Resolution rate of the most summoned units, as bars; units without a result yet are left out. */
function RateChart({ lines }: { lines: Line[] }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const shown = useMemo(
    () =>
      [...lines]
        .filter((l) => l.resolutionRate !== null)
        .sort((a, b) => b.invited - a.invited)
        .slice(0, 15)
        .reverse(),
    [lines],
  );

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current);
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: Option = {
      animation: false,
      grid: { left: 180, right: 48, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: shown.map((l) => l.invitee.name), axisLabel: { width: 170, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: shown.map((l) => Math.round(l.resolutionRate! * 1000) / 10),
          itemStyle: { color: '#52c41a' },
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [shown]);

  return (
    <div style={{ position: 'relative' }}>
      <div ref={el} style={{ height: Math.max(160, shown.length * 26 + 40) }} data-testid="rates-chart" />
      {shown.length === 0 && <Empty style={{ position: 'absolute', inset: 0, margin: 'auto', height: 100 }} />}
    </div>
  );
}
