import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { tags } from './people.schemas.js';
import { PolicyBody, PolicyView } from './export-request.schemas.js';
import { ExportPolicyService } from './export-policy.service.js';

/** The district's export approval threshold (`:id` is the district). */
export function exportPolicyRoutes(app: TypedApp, core: Core) {
  const policy = new ExportPolicyService(core);

  app.get(
    '/export-policy/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'people.export_policy' } } },
      schema: { tags, summary: "本区名单导出审批限额 / The district's export approval limit", params: IdParams, response: { 200: PolicyView } },
    },
    async (req) => policy.get(actorOf(req), req.params.id),
  );

  app.post(
    '/export-policy/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'people.export_policy', body: { approvalAbove: 200 } } } },
      schema: { tags, summary: '设置名单导出审批限额 / Set the export approval limit', params: IdParams, body: PolicyBody, response: { 200: PolicyView } },
    },
    async (req) => policy.set(actorOf(req), req.params.id, req.body.approvalAbove),
  );
}
