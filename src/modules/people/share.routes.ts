import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { PersonView, ListQuery, tags, listFilters } from './people.schemas.js';
import { ShareService } from './share.service.js';
import { personView } from './person.view.js';

export function shareRoutes(app: TypedApp, core: Core) {
  const share = new ShareService(core);
  const PurposeHeaders = Type.Object({
    'x-purpose': Type.String({ minLength: 2, maxLength: 200, description: '用途（如：为老服务补贴核对）/ purpose of the query' }),
  });
  app.get(
    '/share/persons',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'person', headers: { 'x-purpose': 'scope probe' } } } },
      schema: {
        tags,
        summary: '数据共享：实有人口查询（接口令牌，须说明用途，留痕） / Data sharing: residents (API token, purpose required, logged)',
        querystring: ListQuery,
        headers: PurposeHeaders,
        response: { 200: paged(PersonView) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const purpose = decodeURIComponent(req.headers['x-purpose']);
      const r = await share.persons(actor, purpose, { ...listFilters(q), limit: pageSize, offset: (page - 1) * pageSize });
      return {
        items: r.items.map((p) => personView(p, r.catalog, r.hidden, p.house_id ? r.addresses.get(p.house_id) : undefined)),
        total: r.total,
        totalCapped: r.totalCapped,
        page,
        pageSize,
      };
    },
  );
}
