import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable, pageOf } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { tags } from './people.schemas.js';
import { DecideBody, ExportRequestView, RequestListQuery } from './export-request.schemas.js';
import { ExportRequestService } from './export-request.service.js';
import { sendXlsx, XlsxFile } from './export.reply.js';

export function exportRequestRoutes(app: TypedApp, core: Core) {
  const requests = new ExportRequestService(core);

  const RequestList = Type.Object({
    items: Type.Array(ExportRequestView),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    /** The caller's district and the threshold in force there, so the page can say when approval is needed. */
    districtId: Nullable(Type.Integer()),
    approvalAbove: Nullable(Type.Integer()),
  });
  app.get(
    '/export-requests',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'export_request' } } },
      schema: {
        tags,
        summary: '导出申请（我的与待我审批的） / Export requests (mine and those I may decide)',
        querystring: RequestListQuery,
        response: { 200: RequestList },
      },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize, offset } = pageOf(q);
      const actor = actorOf(req);
      const r = await requests.listView(actor, { view: q.view, status: q.status, limit: pageSize, offset });
      return { items: r.items, total: r.total, page, pageSize, districtId: actor.scope.districtId, approvalAbove: r.approvalAbove };
    },
  );

  app.post(
    '/export-requests/:id/decide',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'export_request', body: { approve: false, note: '范围探测 probe' } } } },
      schema: {
        tags,
        summary: '审批导出申请 / Approve or reject an export request',
        params: IdParams,
        body: DecideBody,
        response: { 200: Type.Object({ id: Type.Integer(), status: Type.String() }) },
      },
    },
    async (req) => {
      const b = req.body;
      const row = await requests.decide(actorOf(req), req.params.id, b.approve, b.note ?? null);
      return { id: row.id, status: row.status };
    },
  );

  // A POST: the download uses the approval up, which a GET must not do (browsers and proxies repeat GETs).
  app.post(
    '/export-requests/:id/download',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'export_request', body: {} } } },
      schema: { tags, summary: '下载已批准的导出（仅一次，留痕） / Download an approved export (once, logged)', params: IdParams, response: { 200: XlsxFile } },
    },
    async (req, reply) => {
      const { stream } = await requests.download(actorOf(req), req.params.id);
      return sendXlsx(reply, stream);
    },
  );
}
