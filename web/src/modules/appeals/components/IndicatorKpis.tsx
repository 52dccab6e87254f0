import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { IndicatorSummary } from './IndicatorApi';
import { duration, pct, signed } from './IndicatorFormat';
import { useIndicatorT } from './IndicatorI18n';

type Better = 'up' | 'down' | 'none';

/**
 * The change against the previous period, green when it is an improvement and red when not. Where the server
 * gives no change because the base is too small, `counts` says what the previous period had instead.
 */
function Delta({ value, text, better, title, counts }: { value: number | null; text: string; better: Better; title: string; counts?: ReactNode }) {
  const t = useIndicatorT();
  if (value === null)
    return counts ? (
      <Typography.Text type="secondary" data-testid="indicator-delta-counts">
        {counts}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">{t('kpi.noPrevious')}</Typography.Text>
    );
  const good = better === 'none' || value === 0 ? undefined : value > 0 === (better === 'up');
  const color = good === undefined ? undefined : good ? '#237804' : '#cf1322';
  return (
    <Tooltip title={title}>
      <span style={{ color, whiteSpace: 'nowrap' }}>
        {value > 0 ? <ArrowUpOutlined /> : value < 0 ? <ArrowDownOutlined /> : null} {t('kpi.vsPrevious')} {text}
      </span>
    </Tooltip>
  );
}

function Kpi({ title, value, sub, delta, testId }: { title: string; value: ReactNode; sub: ReactNode; delta: ReactNode; testId: string }) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Statistic title={title} value={value as string} />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
        {sub}
      </Typography.Text>
      <div style={{ fontSize: '0.85em', marginTop: 4 }}>{delta}</div>
    </Card>
  );
}

/** Volume, on-time, resolution, satisfaction and reopen rates, acceptance time and supervision, each with its change. */
export function IndicatorKpis({ data }: { data: IndicatorSummary }) {
  const t = useIndicatorT();
  const c = data.current;
  const p = data.previous;
  const ch = data.change;
  const prev = (value: string | number) => t('ind.previous', { ...data.previousPeriod, value });
  const points = (x: number | null) => (x === null ? '' : t('kpi.points', { n: signed(x * 100) }));
  const relative = (x: number | null) => (x === null ? '' : `${signed(x * 100)}%`);
  // Below the server's base a change is counts only: the previous period's n of d, with why on hover.
  const small = t('kpi.smallBase', { n: data.minComparisonBase });
  const few = (text: string, any: boolean) =>
    any ? (
      <Tooltip title={small}>
        <span>{text}</span>
      </Tooltip>
    ) : undefined;
  const previousOf = (n: number, d: number) => few(t('kpi.previousCounts', { n, d }), d > 0);
  const cards = [
    {
      key: 'received',
      title: t('kpi.received'),
      value: c.received.toLocaleString(),
      sub: t('kpi.valid', { n: c.valid }),
      delta: (
        <Delta
          value={ch.received}
          text={relative(ch.received)}
          better="none"
          title={prev(p.received)}
          counts={few(
            `${t('kpi.countChange', { n: signed(ch.receivedDifference, 0) })} · ${t('kpi.previousValue', { value: p.received })}`,
            p.received + c.received > 0,
          )}
        />
      ),
    },
    {
      key: 'onTime',
      title: t('kpi.onTimeRate'),
      value: pct(c.onTimeRate),
      sub: t('kpi.ratio', { n: c.onTime, d: c.resolved }),
      delta: <Delta value={ch.onTimeRate} text={points(ch.onTimeRate)} better="up" title={prev(pct(p.onTimeRate))} counts={previousOf(p.onTime, p.resolved)} />,
    },
    {
      key: 'resolution',
      title: t('kpi.resolutionRate'),
      value: pct(c.resolutionRate),
      sub: t('kpi.ratio', { n: c.resolved, d: c.valid }),
      delta: (
        <Delta
          value={ch.resolutionRate}
          text={points(ch.resolutionRate)}
          better="up"
          title={prev(pct(p.resolutionRate))}
          counts={previousOf(p.resolved, p.valid)}
        />
      ),
    },
    {
      key: 'satisfaction',
      title: t('kpi.satisfactionRate'),
      value: pct(c.satisfactionRate),
      sub: t('kpi.ratio', { n: c.satisfied, d: c.rated }),
      delta: (
        <Delta
          value={ch.satisfactionRate}
          text={points(ch.satisfactionRate)}
          better="up"
          title={prev(pct(p.satisfactionRate))}
          counts={previousOf(p.satisfied, p.rated)}
        />
      ),
    },
    {
      key: 'reopen',
      title: t('kpi.reopenRate'),
      value: pct(c.reopenRate),
      sub: t('kpi.ratio', { n: c.reopened, d: c.valid }),
      delta: (
        <Delta value={ch.reopenRate} text={points(ch.reopenRate)} better="down" title={prev(pct(p.reopenRate))} counts={previousOf(p.reopened, p.valid)} />
      ),
    },
    {
      key: 'accept',
      title: t('kpi.avgAccept'),
      value: duration(c.avgAcceptMinutes, t),
      sub: t('kpi.workingTime'),
      delta: (
        <Delta
          value={ch.avgAcceptMinutes}
          text={relative(ch.avgAcceptMinutes)}
          better="down"
          title={prev(duration(p.avgAcceptMinutes, t))}
          counts={few(t('kpi.previousValue', { value: duration(p.avgAcceptMinutes, t) }), p.accepted > 0)}
        />
      ),
    },
    {
      key: 'supervised',
      title: t('kpi.supervised'),
      value: c.supervised.toLocaleString(),
      sub: t('kpi.supervisedShare', { p: pct(c.valid ? c.supervised / c.valid : null) }),
      delta: <Delta value={p.received ? ch.supervised : null} text={signed(ch.supervised, 0)} better="down" title={prev(p.supervised)} />,
    },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="indicator-kpis">
      {cards.map((k) => (
        <Col key={k.key} xs={12} md={8} lg={6} xxl={{ flex: '1 1 0' }} style={{ minWidth: 160 }}>
          <Kpi title={k.title} value={k.value} sub={k.sub} delta={k.delta} testId={`indicator-kpi-${k.key}`} />
        </Col>
      ))}
    </Row>
  );
}
