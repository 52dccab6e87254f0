import type { TypedApp } from '../../../platform/http/app.types.js';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../../platform/core.js';
import { AppError, messageFor } from '../../../platform/errors.js';
import { validationSummary } from '../../../platform/http/validation.js';
import type { Access, Probe } from '../../../platform/http/access.js';
import { Open311Service } from './open311.service.js';
import { toXml } from './open311.xml.js';
import {
  Discovery,
  IdempotencyHeader,
  JurisdictionQuery,
  open311Tags as tags,
  Open311Errors,
  PostReply,
  PostRequestBody,
  RequestsQuery,
  ServiceDefinition,
  ServiceRequests,
  Services,
  TokenReply,
} from './open311.schemas.js';

/**
 * Open311 GeoReport v2, mounted at /open311/v2 (a root route of the appeals module). Every document comes
 * as JSON or XML by the path's extension; errors come in Open311's own format with its status codes (400
 * missing or invalid parameters, 403 api_key, 404 unknown jurisdiction, service or request).
 */
type Format = 'json' | 'xml';

// Public endpoints: limited per client address. Reads are cheap and clients poll; writes make orders.
const READ_LIMIT = { max: 300, timeWindow: '1 minute' };
const WRITE_LIMIT = { max: 60, timeWindow: '1 minute' };

const publicAccess = (probe: Probe): Access => ({ auth: 'public', probe });

/** `P0101.xml` → ['P0101', 'xml']; no extension reads as JSON. */
function split(value: string): [string, Format] {
  const m = /^(.*)\.(json|xml)$/i.exec(value);
  return m ? [m[1]!, m[2]!.toLowerCase() as Format] : [value, 'json'];
}

const formatOf = (req: FastifyRequest): Format => (req.url.split('?')[0]!.toLowerCase().endsWith('.xml') ? 'xml' : 'json');

function send(reply: FastifyReply, format: Format, status: number, root: string, value: unknown) {
  reply.status(status);
  if (format === 'xml') return reply.type('text/xml; charset=utf-8').send(toXml(root, value));
  return reply.type('application/json; charset=utf-8').send(value);
}

/** Form fields as the specification posts them; `attribute[code][]` repeated makes a list. */
export function parseForm(body: string): Record<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of new URLSearchParams(body)) {
    if (k.endsWith('[]')) out.set(k, [...((out.get(k) as string[] | undefined) ?? []), v]);
    else if (!out.has(k)) out.set(k, v);
  }
  return Object.fromEntries(out);
}

export function open311Routes(app: TypedApp, core: Core) {
  const open311 = new Open311Service(core);

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, parseForm(body as string));
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    const locale = req.locale ?? 'zh-CN';
    let status: number;
    let description: string;
    if (error instanceof AppError) {
      status = error.status;
      description = messageFor(error.code, error.params, locale);
    } else if (error.validation) {
      status = 400;
      description = messageFor(
        'VALIDATION',
        { summary: validationSummary(error.validation as never, error.validationContext ?? 'body', locale).summary },
        locale,
      );
    } else if (error.statusCode && error.statusCode < 500) {
      status = error.statusCode;
      description = error.message;
    } else {
      req.log.error(error);
      status = 500;
      description = messageFor('INTERNAL', { requestId: req.id }, locale);
    }
    return send(reply, formatOf(req), status, 'errors', [{ code: status, description }]);
  });

  app.setNotFoundHandler((req, reply) =>
    send(reply, formatOf(req), 404, 'errors', [
      { code: 404, description: messageFor('ROUTE_NOT_FOUND', { method: req.method, url: req.url.split('?')[0] }, req.locale) },
    ]),
  );

  const baseUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

  for (const format of ['json', 'xml'] as const) {
    const json = format === 'json';
    const produces = [json ? 'application/json' : 'text/xml'];
    const ext = `.${format}`;

    app.get(
      `/discovery${ext}`,
      {
        config: { access: publicAccess({ kind: 'none' }), rateLimit: READ_LIMIT },
        schema: {
          tags,
          summary: `Open311 服务发现（${format.toUpperCase()}） / Open311 discovery (${format.toUpperCase()})`,
          produces,
          ...(json ? { response: { 200: Discovery } } : {}),
        },
      },
      async (req, reply) => send(reply, format, 200, 'discovery', await open311.discovery(baseUrl(req))),
    );

    app.get(
      `/services${ext}`,
      {
        config: { access: publicAccess({ kind: 'none' }), rateLimit: READ_LIMIT },
        schema: {
          tags,
          summary: `对外开放的问题类别（${format.toUpperCase()}） / Public service list (${format.toUpperCase()})`,
          querystring: JurisdictionQuery,
          produces,
          ...(json ? { response: { 200: Services, '4xx': Open311Errors } } : {}),
        },
      },
      async (req, reply) => send(reply, format, 200, 'services', await open311.services(req.query, req.locale)),
    );

    app.post(
      `/requests${ext}`,
      {
        config: { access: publicAccess({ kind: 'none' }), rateLimit: WRITE_LIMIT },
        schema: {
          tags,
          summary: `提交诉求（api_key；按 Idempotency-Key 或 attribute[external_id] 幂等）（${format.toUpperCase()}） / Submit a request (api_key; idempotent by Idempotency-Key or attribute[external_id]) (${format.toUpperCase()})`,
          consumes: ['application/x-www-form-urlencoded', 'application/json'],
          produces,
          headers: IdempotencyHeader,
          body: PostRequestBody,
          ...(json ? { response: { 200: PostReply, 201: PostReply, '4xx': Open311Errors } } : {}),
        },
      },
      async (req, reply) => {
        const key = req.headers['idempotency-key'];
        const r = await open311.submit(req.body, key, { requestId: req.id, locale: req.locale });
        return send(reply, format, r.created ? 201 : 200, 'service_requests', [
          { service_request_id: String(r.order.id), service_notice: r.notice, account_id: null },
        ]);
      },
    );

    app.get(
      `/requests${ext}`,
      {
        config: { access: publicAccess({ kind: 'list', resource: 'appeals.open311_request', idKey: 'service_request_id' }), rateLimit: READ_LIMIT },
        schema: {
          tags,
          summary: `查询公开诉求（${format.toUpperCase()}） / Public requests (${format.toUpperCase()})`,
          querystring: RequestsQuery,
          produces,
          ...(json ? { response: { 200: ServiceRequests, '4xx': Open311Errors } } : {}),
        },
      },
      async (req, reply) => send(reply, format, 200, 'service_requests', await open311.requests(req.query, req.locale)),
    );
  }

  const ServiceParams = Type.Object({ service_code: Type.String({ maxLength: 30, description: 'P0101.json or P0101.xml' }) });
  app.get(
    '/services/:service_code',
    {
      config: { access: publicAccess({ kind: 'none' }), rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '类别定义（附加属性；.json 或 .xml） / Service definition (attributes; .json or .xml)',
        params: ServiceParams,
        querystring: JurisdictionQuery,
        produces: ['application/json', 'text/xml'],
        response: { 200: ServiceDefinition, '4xx': Open311Errors },
      },
    },
    async (req, reply) => {
      const [code, format] = split(req.params.service_code);
      return send(reply, format, 200, 'service_definition', await open311.definition(code, req.query, req.locale));
    },
  );

  const RequestParams = Type.Object({ id: Type.String({ maxLength: 30, description: 'service_request_id with .json or .xml' }) });
  app.get(
    '/requests/:id',
    {
      config: { access: publicAccess({ kind: 'record', resource: 'appeals.open311_request' }), rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '查询一件公开诉求（.json 或 .xml） / One public request (.json or .xml)',
        params: RequestParams,
        querystring: JurisdictionQuery,
        produces: ['application/json', 'text/xml'],
        response: { 200: ServiceRequests, '4xx': Open311Errors },
      },
    },
    async (req, reply) => {
      const [id, format] = split(req.params.id);
      return send(reply, format, 200, 'service_requests', await open311.request(id, req.query, req.locale));
    },
  );

  const TokenParams = Type.Object({
    token: Type.String({ maxLength: 120, description: 'the Idempotency-Key or attribute[external_id] sent with the request, with .json or .xml' }),
  });
  app.get(
    '/tokens/:token',
    {
      config: { access: publicAccess({ kind: 'self' }), rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '以提交时的幂等键或 external_id 查询诉求编号（api_key） / The request id of a submission key (api_key)',
        params: TokenParams,
        querystring: JurisdictionQuery,
        produces: ['application/json', 'text/xml'],
        response: { 200: TokenReply, '4xx': Open311Errors },
      },
    },
    async (req, reply) => {
      const [token, format] = split(req.params.token);
      return send(reply, format, 200, 'service_requests', await open311.token(token, req.query.api_key));
    },
  );
}
