import type { TypedApp } from '../../../platform/http/app.types.js';
import type { Core } from '../../../platform/core.js';
import { IdParams } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { IndicatorService } from './indicator.service.js';
import {
  IndicatorOptions,
  IndicatorQuery,
  IndicatorSeries,
  IndicatorSummary,
  indicatorTags as tags,
  RankingQuery,
  Rankings,
  SeriesQuery,
} from './indicator.schemas.js';

/** Indicators and rankings of a unit in the caller's scope: the unit's figures, or none (404). */
export function indicatorRoutes(app: TypedApp, core: Core) {
  const indicators = new IndicatorService(core);
  const unit = { auth: 'session' as const, probe: { kind: 'record' as const, resource: 'unit' } };

  app.get(
    '/indicators/options',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'unit', itemsKey: 'units' } } },
      schema: { tags, summary: '指标可选的单位与职能部门 / Units and departments the caller may see indicators of', response: { 200: IndicatorOptions } },
    },
    async (req) => indicators.options(actorOf(req)),
  );

  app.get(
    '/indicators/units/:id',
    {
      config: { access: unit },
      schema: {
        tags,
        summary: "单位诉求指标（与上期对比，按渠道、类别） / A unit's appeal indicators (against the previous period, by channel and category)",
        params: IdParams,
        querystring: IndicatorQuery,
        response: { 200: IndicatorSummary },
      },
    },
    async (req) => indicators.summary(actorOf(req), { unitId: req.params.id, ...req.query }),
  );

  app.get(
    '/indicators/units/:id/series',
    {
      config: { access: unit },
      schema: {
        tags,
        summary: "单位诉求指标按周或按月走势 / A unit's indicators week by week or month by month",
        params: IdParams,
        querystring: SeriesQuery,
        response: { 200: IndicatorSeries },
      },
    },
    async (req) => indicators.series(actorOf(req), { unitId: req.params.id, ...req.query }),
  );

  app.get(
    '/rankings/units/:id',
    {
      config: { access: unit },
      schema: {
        tags,
        summary: '双向评议排名：下级单位、职能部门与约请解决率 / Two-way evaluation rankings: units below, departments, summons resolution',
        params: IdParams,
        querystring: RankingQuery,
        response: { 200: Rankings },
      },
    },
    async (req) => indicators.rankings(actorOf(req), { unitId: req.params.id, ...req.query }),
  );
}
