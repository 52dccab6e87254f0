import { Col, Empty, Row } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageHeader } from '../../../shared/components/PageHeader';
import { Loading } from '../../../shared/components/QueryState';
import { useUrlState } from '../../../shared/hooks/useUrlState';
import { dayjs, todayInZone } from '../../../shared/format';
import {
  useHotTopics,
  useIndicatorOptions,
  useIndicatorSeries,
  useIndicatorSummary,
  useRankings,
  type IndicatorFilter,
  type IndicatorOptions,
  type Interval,
} from '../components/IndicatorApi';
import { IndicatorCategoryChart, IndicatorChannelChart, IndicatorSeriesChart } from '../components/IndicatorCharts';
import { IndicatorFilters } from '../components/IndicatorFilters';
import { useIndicatorT } from '../components/IndicatorI18n';
import { IndicatorKpis } from '../components/IndicatorKpis';
import { IndicatorRankings } from '../components/IndicatorRankings';
import { HotTopicPanel } from '../components/HotTopicPanel';
import { HotTopicHeatMap } from '../components/HotTopicHeatMap';

const KEYS = ['unit', 'dept', 'from', 'to', 'interval', 'min', 'term'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /appeals/dashboard — the indicators dashboard (诉求指标): a unit of the caller's scope (and optionally one
 * handling department) over a period, with the key figures against the previous period, volume by channel and
 * category, the trend, the two-way evaluation rankings and the hot topics, with a heat map of where they are.
 */
// The router shows <NoPermission/> to a position without appeals.indicators (the route declares it).
export default function DashboardPage() {
  const t = useIndicatorT();
  const options = useIndicatorOptions();
  return (
    <div data-testid="indicator-dashboard">
      <PageHeader title={t('ind.title')} subtitle={t('ind.subtitle')} />
      {options.error ? (
        <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />
      ) : options.data ? (
        <Board options={options.data} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function Board({ options }: { options: IndicatorOptions }) {
  const [url, setUrl] = useUrlState(KEYS);
  const today = todayInZone();
  const unitId = Number(url.unit) || options.defaultUnitId;
  const departmentId = Number(url.dept) || options.fixedDepartmentId;
  const from = DAY.test(url.from) ? url.from : `${today.slice(0, 4)}-01-01`;
  const to = DAY.test(url.to) ? url.to : today;
  const days = dayjs(to).diff(dayjs(from), 'day') + 1;
  const interval: Interval = url.interval === 'week' || url.interval === 'month' ? url.interval : days <= 92 ? 'week' : 'month';
  const minVolume = Number(url.min) || 10;
  const filter: IndicatorFilter = { unitId, departmentId, from, to };

  const summary = useIndicatorSummary(filter);
  const series = useIndicatorSeries(filter, interval);
  const rankings = useRankings(filter, minVolume);
  const hot = useHotTopics(unitId, departmentId, to);

  const change = (patch: { unit?: number | null; dept?: number | null; from?: string; to?: string; interval?: Interval }) => {
    const next: Partial<Record<(typeof KEYS)[number], string | number | null>> = {};
    if (patch.unit !== undefined) {
      next.unit = patch.unit;
      // A department of another district (an administrator's switch) no longer applies.
      const unit = options.units.find((u) => u.id === patch.unit);
      const dept = options.departments.find((d) => d.id === departmentId);
      if (dept && unit && dept.districtId !== unit.districtId && options.fixedDepartmentId === null) next.dept = null;
    }
    if (patch.dept !== undefined) next.dept = patch.dept;
    if (patch.from !== undefined) next.from = patch.from;
    if (patch.to !== undefined) next.to = patch.to;
    if (patch.interval !== undefined) next.interval = patch.interval;
    setUrl(next);
  };

  if (unitId === null) return <Empty />;
  return (
    <>
      <IndicatorFilters options={options} unitId={unitId} departmentId={departmentId} from={from} to={to} interval={interval} onChange={change} />
      {summary.error ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? (
        <>
          <IndicatorKpis data={summary.data} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={10}>
              <IndicatorChannelChart data={summary.data} />
            </Col>
            <Col xs={24} lg={14}>
              <IndicatorCategoryChart data={summary.data} />
            </Col>
          </Row>
        </>
      ) : !summary.error ? (
        <Loading />
      ) : null}
      {series.error ? <ErrorAlert error={series.error} onRetry={() => void series.refetch()} /> : <IndicatorSeriesChart data={series.data} />}
      {rankings.error ? (
        <ErrorAlert error={rankings.error} onRetry={() => void rankings.refetch()} />
      ) : (
        <IndicatorRankings data={rankings.data} loading={rankings.isFetching} minVolume={minVolume} onMinVolume={(n) => setUrl({ min: n })} />
      )}
      {hot.error ? (
        <ErrorAlert error={hot.error} onRetry={() => void hot.refetch()} />
      ) : (
        <HotTopicPanel data={hot.data} loading={hot.isFetching} onPickTerm={(term) => setUrl({ term })} />
      )}
      <HotTopicHeatMap unitId={unitId} departmentId={departmentId} to={to} topics={hot.data} term={url.term || null} onTerm={(term) => setUrl({ term })} />
    </>
  );
}
