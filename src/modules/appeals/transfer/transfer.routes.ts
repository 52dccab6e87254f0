import type { TypeBoxTypeProvider, TypedApp } from '../../../platform/http/app.types.js';
import type { FastifyRequest } from 'fastify';
import type { Core } from '../../../platform/core.js';
import { AppError } from '../../../platform/errors.js';
import { IdParams } from '../../../platform/http/schemas.js';
import { actorOf } from '../../../platform/http/request-context.js';
import { tags } from '../appeals.schemas.js';
import { APPEALS } from '../appeals.policy.js';
import { HotlineImportService } from '../hotline/hotline.import.js';
import { hotlineImportByNumber } from '../hotline/hotline.probe.js';
import { MAX_ROWS } from '../hotline/hotline.reader.js';
import { hotlineTemplateCsv, hotlineTemplateXlsx } from '../hotline/hotline.template.js';
import { TransferPartnerService } from './transfer.partner.service.js';
import { TransferService, type Signed } from './transfer.service.js';
import type * as repo from './transfer.repository.js';
import {
  CallbackBody,
  CallbackReply,
  HotlineBody,
  ImportQuery,
  ImportReport,
  OrderPackage,
  PartnerBody,
  PartnerChoice,
  PartnerPatch,
  PartnerView,
  PartnerWithSecret,
  SecretBody,
  SignedHeaders,
  TemplateQuery,
  TransferInReply,
  TransferLog,
  TransferOutBody,
  TransferOutReply,
} from './transfer.schemas.js';
import { Type } from '@sinclair/typebox';

type PartnerRow = Awaited<ReturnType<typeof repo.partnersOf>>[number] | NonNullable<Awaited<ReturnType<typeof repo.findPartner>>>;

const view = (p: PartnerRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  callbackUrl: p.callback_url,
  active: p.active,
  createdAt: p.created_at.toISOString(),
  pending: Number('pending' in p ? (p.pending ?? 0) : 0),
  failed: Number('failed' in p ? (p.failed ?? 0) : 0),
  lastError: 'last_error' in p ? (p.last_error ?? null) : null,
});

// Partner systems post from a few addresses: generous, but a runaway loop is stopped.
const SIGNED_LIMIT = { max: 600, timeWindow: '1 minute' };

/** Order transfer (工单互转) under /api/appeals: packages, transfer out, partner administration, hotline imports, and the signed endpoints. */
export function transferRoutes(app: TypedApp, core: Core) {
  const transfer = new TransferService(core);
  const partners = new TransferPartnerService(core);
  const imports = new HotlineImportService(core);

  app.get(
    '/orders/:id/transfer-package',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order' } } },
      schema: { tags, summary: '导出工单包（含流转记录） / Export an order as a package with its history', params: IdParams, response: { 200: OrderPackage } },
    },
    async (req) => transfer.packageFor(actorOf(req), req.params.id),
  );

  app.get(
    '/orders/:id/transfers',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order' } } },
      schema: {
        tags,
        summary: '工单互转记录（发出的工单包与回调、收到的回报） / Transfer log of an order (packages and callbacks sent, reports received)',
        params: IdParams,
        response: { 200: TransferLog },
      },
    },
    async (req) => transfer.log(actorOf(req), req.params.id),
  );

  app.post(
    '/orders/:id/transfer-out',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'appeal_order', body: { partner: '12345', note: '范围测试' } } } },
      schema: {
        tags,
        summary: '将工单转出至其他平台（签名推送工单包） / Send an order to another platform (signed package)',
        params: IdParams,
        body: TransferOutBody,
        response: { 201: TransferOutReply },
      },
    },
    async (req, reply) => {
      const body = req.body;
      return reply.status(201).send(await transfer.transferOut(actorOf(req), req.params.id, body.partner, body.note ?? null));
    },
  );

  app.get(
    '/transfer-partners',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'transfer_partner' } } },
      schema: { tags, summary: '工单互转平台 / Transfer partners', response: { 200: Type.Object({ items: Type.Array(PartnerView) }) } },
    },
    async (req) => ({ items: (await partners.list(actorOf(req))).map(view) }),
  );

  app.post(
    '/transfer-partners',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' } } },
      schema: {
        tags,
        summary: '新增互转平台（密钥只显示一次） / Add a transfer partner (the secret is shown once)',
        body: PartnerBody,
        response: { 201: PartnerWithSecret },
      },
    },
    async (req, reply) => {
      const { partner, secret } = await partners.create(actorOf(req), req.body);
      return reply.status(201).send({ ...view(partner), secret });
    },
  );

  app.post(
    '/transfer-partners/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'transfer_partner', body: { name: '范围测试平台' } } } },
      schema: {
        tags,
        summary: '修改互转平台（名称、回调地址、启用） / Change a transfer partner (name, callback URL, active)',
        params: IdParams,
        body: PartnerPatch,
        response: { 200: PartnerView },
      },
    },
    async (req) => view(await partners.update(actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/transfer-partners/:id/secret',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'transfer_partner' } } },
      schema: {
        tags,
        summary: "更换互转平台密钥（只显示一次） / Replace a partner's secret (shown once)",
        params: IdParams,
        body: SecretBody,
        response: { 200: PartnerWithSecret },
      },
    },
    async (req) => {
      const { partner, secret } = await partners.rotateSecret(actorOf(req), req.params.id, req.body.secret);
      return { ...view(partner), secret };
    },
  );

  app.get(
    '/transfer/partners',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: APPEALS.transfer } } },
      schema: {
        tags,
        summary: '可转出或导入的互转平台 / Partners one may send orders to or import hotline files for',
        response: { 200: Type.Object({ items: Type.Array(PartnerChoice) }) },
      },
    },
    async (req) => ({ items: await partners.choices(actorOf(req)) }),
  );

  app.get(
    '/transfer/hotline-template',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags,
        summary: '下载热线工单导入模板 / Download the hotline order template',
        querystring: TemplateQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'xlsx';
      reply.header(
        'content-disposition',
        `attachment; filename="hotline-orders.${format}"; filename*=UTF-8''${encodeURIComponent(`热线工单导入模板.${format}`)}`,
      );
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(hotlineTemplateCsv());
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await hotlineTemplateXlsx());
    },
  );

  app.post(
    '/transfer/hotline-import',
    {
      config: { access: { auth: 'session', probe: { kind: 'none' }, naturalKey: hotlineImportByNumber } },
      schema: {
        tags,
        summary: `导入热线工单文件（先试导入；全部无误才写入，已导入的跳过；每次最多 ${MAX_ROWS} 条） / Import a hotline order file (dry run first; written only when every row is right; known orders skipped)`,
        querystring: ImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ImportReport },
      },
    },
    async (req) => {
      const q = req.query;
      // Refused before the upload is read.
      core.assert(actorOf(req), APPEALS.transfer);
      const file = req.isMultipart() ? await req.file() : undefined;
      if (!file) throw new AppError('HOTLINE_NO_FILE', 400);
      return imports.import(actorOf(req), q.partner, { name: file.filename, bytes: await file.toBuffer() }, q.dryRun ?? true);
    },
  );

  // The signed endpoints read the body as it came: the signature covers those bytes, not a re-serialisation.
  void app.register(async (plain) => {
    const signed = plain.withTypeProvider<TypeBoxTypeProvider>();
    signed.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (req, body, done) => {
      (req as FastifyRequest & { rawBody?: string }).rawBody = body as string;
      try {
        done(null, body === '' ? {} : JSON.parse(body as string));
      } catch {
        done(new AppError('VALIDATION', 400, { summary: 'JSON' }), undefined);
      }
    });
    const signedOf = (req: FastifyRequest): Signed => ({ raw: (req as FastifyRequest & { rawBody?: string }).rawBody ?? '', headers: req.headers });

    signed.post(
      '/transfer/in',
      {
        config: { access: { auth: 'public', probe: { kind: 'none' } }, rateLimit: SIGNED_LIMIT },
        schema: {
          tags,
          summary:
            '接收热线或其他平台转入的工单（HMAC 签名；按平台与对方工单号幂等） / Take in an order from the hotline or a partner (HMAC-signed; idempotent by partner and order number)',
          headers: SignedHeaders,
          body: HotlineBody,
          response: { 200: TransferInReply, 201: TransferInReply },
        },
      },
      async (req, reply) => {
        const r = await transfer.receive(signedOf(req), req.body, req.id);
        return reply.status(r.created ? 201 : 200).send(r);
      },
    );

    signed.post(
      '/transfer/callback',
      {
        config: { access: { auth: 'public', probe: { kind: 'none' } }, rateLimit: SIGNED_LIMIT },
        schema: {
          tags,
          summary:
            '接收对方平台关于转出工单的办理回报（HMAC 签名；按回调编号幂等） / A partner reports on an order we sent it (HMAC-signed; idempotent by callbackId)',
          headers: SignedHeaders,
          body: CallbackBody,
          response: { 200: CallbackReply },
        },
      },
      async (req) => transfer.callback(signedOf(req), req.body, req.id),
    );
  });
}
