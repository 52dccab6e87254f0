import { useEffect, useMemo, useRef } from 'react';
import { Empty, Flex, Typography } from 'antd';
import * as echarts from 'echarts/core';
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatTime } from '../../../shared/format';
import { useAppealsT } from '../i18n';
import type { OrderSummary } from '../types';
import { SLA_COLOURS } from './OrderTags';
import { useVocabulary } from '../../../shared/hooks/useVocabulary';

echarts.use([ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

const GREY = '#8c8c8c';
const colourOf = (o: OrderSummary) =>
  ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'].includes(o.status) ? (SLA_COLOURS[o.sla] ?? GREY) : GREY;

/**
 * Orders on a plain longitude/latitude plot of the district (no map tiles: the platform runs without outside
 * services), coloured by their time limit; a click opens the order.
 */
export function OrdersMap({ orders, onOpen, height = 360 }: { orders: OrderSummary[]; onOpen?: (id: number) => void; height?: number }) {
  const t = useAppealsT();
  const orderStatusTerms = useVocabulary('appeals.orderStatus');
  const slaTerms = useVocabulary('appeals.sla');
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  const placed = useMemo(() => orders.filter((o) => o.lat !== null && o.lng !== null), [orders]);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current);
    chart.current = c;
    c.on('click', (p) => {
      const id = (p.data as { id?: number } | undefined)?.id;
      if (id) open.current?.(id);
    });
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const option: Option = {
      animation: false,
      grid: { left: 56, right: 16, top: 16, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const o = placed.find((x) => x.id === (p as { data: { id: number } }).data.id);
          if (!o) return '';
          const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
          return `#${o.id} ${esc(o.title)}<br/>${esc(orderStatusTerms.label(o.status))} · ${esc(formatTime(o.receivedAt))}${o.address ? `<br/>${esc(o.address)}` : ''}`;
        },
      },
      xAxis: {
        type: 'value',
        scale: true,
        name: t('dispatch.lng'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: (v: number) => v.toFixed(3) },
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      yAxis: {
        type: 'value',
        scale: true,
        name: t('dispatch.lat'),
        nameLocation: 'middle',
        nameGap: 44,
        axisLabel: { formatter: (v: number) => v.toFixed(3) },
        splitLine: { lineStyle: { type: 'dashed' } },
      },
      series: [
        {
          type: 'scatter',
          cursor: 'pointer',
          // Urgent orders stand out by size; the id rides along for the tooltip and the click.
          data: placed.map((o) => ({
            id: o.id,
            value: [o.lng!, o.lat!],
            symbolSize: o.urgent ? 14 : 10,
            itemStyle: { color: colourOf(o), borderColor: '#fff', borderWidth: 1 },
          })),
        },
      ],
    };
    c.setOption(option, true);
  }, [placed, t]);

  return (
    <div data-testid="orders-map" data-points={placed.length}>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary">{placed.length ? t('dispatch.mapHint', { n: placed.length }) : ''}</Typography.Text>
        <Flex gap={12}>
          {(['red', 'yellow', 'green'] as const).map((c) => (
            <span key={c} style={{ whiteSpace: 'nowrap' }}>
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: SLA_COLOURS[c], marginInlineEnd: 4 }} />
              {slaTerms.label(c)}
            </span>
          ))}
        </Flex>
      </Flex>
      <div style={{ position: 'relative', height: placed.length ? height : 160 }}>
        <div ref={el} style={{ position: 'absolute', inset: 0 }} />
        {placed.length === 0 && (
          <Flex align="center" justify="center" style={{ position: 'absolute', inset: 0, background: 'rgba(255,255,255,0.7)' }}>
            <Empty description={t('dispatch.mapEmpty')} />
          </Flex>
        )}
      </div>
    </div>
  );
}
