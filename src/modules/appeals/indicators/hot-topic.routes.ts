import type { TypedApp } from '../../../platform/http/app.types.js';
import type { Core } from '../../../platform/core.js';
import { IdParams } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { HotTopicService } from './hot-topic.service.js';
import { indicatorTags as tags } from './indicator.schemas.js';
import { HotTopicHeat, HotTopicHeatQuery, HotTopicQuery, HotTopics } from './hot-topic.schemas.js';

/** Hot topics of a unit in the caller's scope. */
export function hotTopicRoutes(app: TypedApp, core: Core) {
  const hot = new HotTopicService(core);

  app.get(
    '/hot-topics/units/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary: '诉求热点：高频问题与近 7 天突增（分区域） / Hot topics: most frequent problems and sudden rises in the last 7 days, by area',
        params: IdParams,
        querystring: HotTopicQuery,
        response: { 200: HotTopics },
      },
    },
    async (req) => hot.hotTopics(actorOf(req), { unitId: req.params.id, ...req.query }),
  );

  app.get(
    '/hot-topics/units/:id/heat',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary:
          '诉求热点热力图：按小区或约百米网格汇总的工单数（可按关键词或类别） / Hot topics on the map: orders counted by compound or ~100 m cell (optionally of one keyword or category)',
        params: IdParams,
        querystring: HotTopicHeatQuery,
        response: { 200: HotTopicHeat },
      },
    },
    async (req) => hot.heat(actorOf(req), { unitId: req.params.id, ...req.query }),
  );
}
