import { useMemo } from 'react';
import { Card } from 'antd';
import { useI18n } from '../../../app/i18n';
import type { IndicatorSeries, IndicatorSummary } from './IndicatorApi';
import { IndicatorChart, type IndicatorChartOption } from './IndicatorChart';
import { useIndicatorT } from './IndicatorI18n';

/** Appeals by channel, as a ring: the share of 12345, photo reports, the desk, patrols, sensors… */
export function IndicatorChannelChart({ data }: { data: IndicatorSummary }) {
  const t = useIndicatorT();
  const { label } = useI18n();
  const option = useMemo<IndicatorChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          center: ['38%', '50%'],
          label: { show: false },
          data: data.byChannel.map((c) => ({ name: label(c.name), value: c.figures.received })),
        },
      ],
    }),
    [data.byChannel, label],
  );
  return (
    <Card title={t('chart.byChannel')} size="small" style={{ height: '100%' }}>
      <IndicatorChart option={option} height={280} empty={data.byChannel.length === 0} testId="indicator-chart-channel" />
    </Card>
  );
}

/** Appeals by category of the problem catalogue, largest first; the tooltip lists the subcategories. */
export function IndicatorCategoryChart({ data }: { data: IndicatorSummary }) {
  const t = useIndicatorT();
  const { label } = useI18n();
  const groups = useMemo(() => [...data.byCategory].reverse(), [data.byCategory]);
  const option = useMemo<IndicatorChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const p = (params as Array<{ dataIndex: number }>)[0];
          const g = p ? groups[p.dataIndex] : undefined;
          if (!g) return '';
          const subs = g.subcategories
            .slice(0, 8)
            .map((s) => `${label(s.name)}：${s.received}`)
            .join('<br/>');
          return `<strong>${label(g.name)}：${g.figures.received}</strong><br/>${subs}`;
        },
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: groups.map((g) => label(g.name)), axisLabel: { width: 120, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('chart.received'),
          data: groups.map((g) => g.figures.received),
          label: { show: true, position: 'right' },
          itemStyle: { color: '#1677ff' },
        },
      ],
    }),
    [groups, label, t],
  );
  return (
    <Card title={t('chart.byCategory')} size="small" style={{ height: '100%' }}>
      <IndicatorChart option={option} height={280} empty={groups.length === 0} testId="indicator-chart-category" />
    </Card>
  );
}

/** Volume and resolutions as bars, on-time and satisfaction rates as lines, bucket by bucket. */
export function IndicatorSeriesChart({ data }: { data: IndicatorSeries | undefined }) {
  const t = useIndicatorT();
  const points = data?.points ?? [];
  const option = useMemo<IndicatorChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined || v === '-' ? '—' : String(v)),
      },
      xAxis: { type: 'category', data: points.map((p) => (data?.interval === 'month' ? p.from.slice(0, 7) : p.from.slice(5))) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: t('chart.received'), data: points.map((p) => p.figures.received), itemStyle: { color: '#91caff' } },
        { type: 'bar', name: t('chart.resolved'), data: points.map((p) => p.figures.resolved), itemStyle: { color: '#1677ff' } },
        {
          type: 'line',
          name: t('chart.onTimeRate'),
          yAxisIndex: 1,
          connectNulls: true,
          data: points.map((p) => (p.figures.onTimeRate === null ? '-' : Math.round(p.figures.onTimeRate * 1000) / 10)),
          itemStyle: { color: '#52c41a' },
        },
        {
          type: 'line',
          name: t('chart.satisfactionRate'),
          yAxisIndex: 1,
          connectNulls: true,
          data: points.map((p) => (p.figures.satisfactionRate === null ? '-' : Math.round(p.figures.satisfactionRate * 1000) / 10)),
          itemStyle: { color: '#fa8c16' },
        },
      ],
    }),
    [points, data?.interval, t],
  );
  return (
    <Card title={t('chart.series')} size="small" style={{ marginBottom: 16 }}>
      <IndicatorChart option={option} height={300} empty={points.every((p) => p.figures.received === 0)} testId="indicator-chart-series" />
    </Card>
  );
}
