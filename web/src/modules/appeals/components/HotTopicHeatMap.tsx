import { Card, Select, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { TerritoryMap } from '../../../shared/map/TerritoryMap';
import { useHotTopicHeat, type HotTopics } from './IndicatorApi';
import { useIndicatorT } from './IndicatorI18n';

/**
 * The hot topics on the map: a heat layer of the appeals of the same weeks, counted by compound or a cell of about
 * 100 m (the server never sends one appeal's point), all of them or those of one keyword.
 */
export function HotTopicHeatMap({
  unitId,
  departmentId,
  to,
  topics,
  term,
  onTerm,
}: {
  unitId: number;
  departmentId: number | null;
  to: string;
  topics: HotTopics | undefined;
  term: string | null;
  onTerm: (term: string | null) => void;
}) {
  const t = useIndicatorT();
  const heat = useHotTopicHeat(unitId, departmentId, to, term);
  // The words worth a look: those rising first, then the most frequent; the chosen one even if it left both lists.
  const words = [...new Set([...(topics?.rising.map((r) => r.term) ?? []), ...(topics?.terms.map((x) => x.term) ?? []), ...(term ? [term] : [])])];
  const data = heat.data;
  return (
    <Card
      title={t('hot.map.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="hot-topics-heat"
      extra={
        <Select
          value={term ?? undefined}
          onChange={(v?: string) => onTerm(v ?? null)}
          allowClear
          showSearch
          placeholder={t('hot.map.all')}
          aria-label={t('hot.map.word')}
          options={words.map((w) => ({ value: w, label: w }))}
          style={{ minWidth: 180 }}
          data-testid="hot-topics-heat-term"
        />
      }
    >
      {heat.error ? <ErrorAlert error={heat.error} onRetry={() => void heat.refetch()} /> : null}
      <TerritoryMap heat={data?.cells} height={380} testId="hot-topics-heat-map" />
      {data ? (
        <Typography.Text type="secondary" data-testid="hot-topics-heat-caption">
          {data.cells.length ? t('hot.map.caption', { from: data.window.from, to: data.window.to, total: data.total - data.unplaced }) : t('hot.map.empty')}
          {data.unplaced ? t('hot.map.unplaced', { n: data.unplaced }) : ''}
          {words.length && !term ? ` · ${t('hot.map.pick')}` : ''}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
