import type { TypedApp } from '../../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import multipart from '@fastify/multipart';
import type { Core } from '../../../platform/core.js';
import { IdParams, pageOf } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import type { OrderStatus } from '../appeals.schema.js';
import { IntakeService } from './intake.service.js';
import { OrderService } from './order.service.js';
import { OrderQuery } from './order.query.js';
import { AttachmentService, MAX_FILES } from './attachment.service.js';
import {
  AlarmBody,
  AttachmentQuery,
  BulkBody,
  BulkReply,
  StepName,
  Duplicates,
  IdempotencyHeaders,
  IntakeBody,
  IntakeReply,
  ListQuery,
  OrderDetail,
  OrderList,
  RevealBody,
  RevealReply,
  StaffIntakeBody,
  StepBody,
  StepParams,
  StepReply,
  tags,
} from '../appeals.schemas.js';

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

export function orderRoutes(app: TypedApp, core: Core) {
  const intake = new IntakeService(core);
  const orders = new OrderService(core);
  const query = new OrderQuery(core);
  const files = new AttachmentService(core);
  void app.register(multipart, { limits: { fileSize: core.config.uploadMaxBytes, files: MAX_FILES } });

  const reply = (r: { order: { id: number; status: OrderStatus }; created: boolean }) => ({ id: r.order.id, status: r.order.status, created: r.created });

  app.post(
    '/reports',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags,
        summary: '居民反映诉求（随手拍） / A resident reports an appeal (photo report)',
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: { 200: IntakeReply, 201: IntakeReply },
      },
    },
    async (req, res) => {
      const r = await intake.report(actorOf(req), req.body, req.headers['idempotency-key']);
      return res.status(r.created ? 201 : 200).send(reply(r));
    },
  );

  app.post(
    '/orders',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'unitId',
            body: { channel: 'desk', categoryCode: 'P0101', title: '范围测试 {unique}', description: '范围测试', reporterName: '测试' },
          },
        },
      },
      schema: {
        tags,
        summary: '登记诉求（首问接待、巡查、走访） / Register an appeal (front desk, patrol, visit)',
        headers: IdempotencyHeaders,
        body: StaffIntakeBody,
        response: { 200: IntakeReply, 201: IntakeReply },
      },
    },
    async (req, res) => {
      const body = req.body;
      const r = await intake.register(actorOf(req), body, body.channel, req.headers['idempotency-key']);
      return res.status(r.created ? 201 : 200).send(reply(r));
    },
  );

  app.post(
    '/alarms',
    {
      config: {
        access: {
          auth: 'session',
          probe: {
            kind: 'create',
            resource: 'unit',
            field: 'unitId',
            body: { source: 'camera', alarmId: 'scope-{unique}', categoryCode: 'P0101', title: '范围测试 {unique}', description: '范围测试' },
          },
        },
      },
      schema: {
        tags,
        summary: '物联感知、视频告警推送（系统令牌，按告警号幂等） / Sensor or video alarm from a system (API token; idempotent by alarm id)',
        body: AlarmBody,
        response: { 200: IntakeReply, 201: IntakeReply },
      },
    },
    async (req, res) => {
      const { source, alarmId, ...input } = req.body;
      const r = await intake.alarm(actorOf(req), input, source, alarmId);
      return res.status(r.created ? 201 : 200).send(reply(r));
    },
  );

  app.get(
    '/orders',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'appeal_order' } } },
      schema: {
        tags,
        summary: '工单列表（派单台、收件箱、我的诉求） / Work orders (dispatch queue, inbox, my appeals)',
        querystring: ListQuery,
        response: { 200: OrderList },
      },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize, offset } = pageOf(q);
      const r = await query.list(
        actorOf(req),
        {
          view: q.view,
          status: q.status ? (q.status.split(',') as OrderStatus[]) : undefined,
          sla: q.sla,
          channel: q.channel,
          category: q.category,
          unitId: q.unitId,
          q: q.q,
          from: q.from ? dayStart(q.from) : undefined,
          to: q.to ? new Date(dayStart(q.to).getTime() + 86_400_000) : undefined,
        },
        q.sort ?? 'received_desc',
        offset,
        pageSize,
      );
      return { ...r, page, pageSize };
    },
  );

  app.get(
    '/orders/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order' } } },
      schema: {
        tags,
        summary: '工单详情、流转记录与可执行操作 / An order with its history and possible steps',
        params: IdParams,
        response: { 200: OrderDetail },
      },
    },
    async (req) => query.detail(actorOf(req), req.params.id),
  );

  app.post(
    '/orders/:id/steps/:step',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order', params: { step: 'invalidate' }, body: { note: '范围测试' } } } },
      schema: {
        tags,
        summary: '工单流转：派单、签收、退单、转派、延期、挂起、办结、评价、重办、督办、合并、作废 / A work-order step',
        params: StepParams,
        body: StepBody,
        response: { 200: StepReply },
      },
    },
    async (req) => {
      const p = req.params;
      const r = await orders.step(actorOf(req), p.id, p.step, req.body);
      return { id: r.order.id, status: r.order.status, seq: r.event.seq };
    },
  );

  app.post(
    '/orders/bulk/:step',
    {
      config: {
        access: { auth: 'session', probe: { kind: 'bulk', resource: 'appeal_order', field: 'ids', params: { step: 'accept' }, body: { note: '范围探测' } } },
      },
      schema: {
        tags,
        summary: '批量派单等批量操作（逐单校验，逐单结果） / The same step on many orders (each checked, each answered)',
        params: Type.Object({ step: StepName }),
        body: BulkBody,
        response: { 200: BulkReply },
      },
    },
    async (req) => ({ items: await orders.bulk(actorOf(req), req.body.ids, req.params.step, req.body) }),
  );

  app.get(
    '/orders/:id/duplicates',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order' } } },
      schema: { tags, summary: '疑似重复诉求 / Possible duplicates of an order', params: IdParams, response: { 200: Duplicates } },
    },
    async (req) => query.duplicates(actorOf(req), req.params.id),
  );

  app.post(
    '/orders/:id/reveal',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order', body: { purpose: '范围测试' } } } },
      schema: {
        tags,
        summary: "查看反映人完整电话（须说明用途，留痕） / Reveal the reporter's phone (purpose required, audited)",
        params: IdParams,
        body: RevealBody,
        response: { 200: RevealReply },
      },
    },
    async (req) => query.revealPhone(actorOf(req), req.params.id, req.body.purpose),
  );

  app.post(
    '/orders/:id/attachments',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order' } } },
      schema: {
        tags,
        summary: '上传照片或附件（按内容校验类型与大小） / Upload photos or files (type checked by content, size limited)',
        params: IdParams,
        querystring: AttachmentQuery,
        consumes: ['multipart/form-data'],
      },
    },
    async (req, res) => {
      const id = req.params.id;
      const kind = req.query.kind ?? 'report';
      // The order is checked before the body is read: a request about another's order learns nothing, even its format.
      const parts = req.isMultipart() ? req.files() : (async function* () {})();
      const r = await files.add(actorOf(req), id, kind, parts as never);
      return res.status(201).send(r);
    },
  );

  app.get(
    '/attachments/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_attachment' } } },
      schema: { tags, summary: '查看附件 / Open an attachment', params: IdParams },
    },
    async (req, res) => {
      const { row, file } = await files.open(actorOf(req), req.params.id);
      return res
        .header('content-type', row.content_type)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );
}
