import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../../platform/http/app.types.js';
import type { Core } from '../../../platform/core.js';
import { IdParams, Label, Nullable, Page } from '../../../platform/http/schemas.js';
import { tags } from '../appeals.schemas.js';
import { MAX_DAYS, MAX_PAGE_SIZE, PublicService, STAGES } from './public.service.js';

// Anyone may read these pages, so a client is held to what a person browsing them would ask.
const READ_LIMIT = { max: 300, timeWindow: '1 minute' };
const access = { auth: 'public', probe: { kind: 'none' } } as const;

const DistrictCode = Type.Optional(
  Type.String({ maxLength: 12, pattern: '^[0-9A-Za-z-]+$', description: '区划代码；只有一个区时可省略 / district code; optional when there is one district' }),
);
const Stage = Type.Union(STAGES.map((s) => Type.Literal(s)));
const District = Type.Object({ code: Nullable(Type.String()), name: Type.String() });

const Report = Type.Object({
  id: Type.Integer(),
  category: Type.Object({ code: Type.String(), name: Label, group: Label }),
  place: Type.Object({ unitId: Nullable(Type.Integer()), name: Nullable(Type.String()), lat: Nullable(Type.Number()), lng: Nullable(Type.Number()) }),
  status: Type.String(),
  statusLabel: Label,
  stage: Stage,
  stageLabel: Label,
  receivedAt: Type.String({ format: 'date-time' }),
  resolvedAt: Nullable(Type.String({ format: 'date-time' })),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
});

const Figures = Type.Object({
  received: Type.Integer(),
  resolved: Type.Integer(),
  rated: Type.Integer(),
  onTimeRate: Nullable(Type.Number({ description: '基数不足时为空 / null when the base is too small' })),
  satisfactionRate: Nullable(Type.Number()),
});
const Period = Type.Object({ from: Type.String(), to: Type.String() });

/** A district's public side, without login: reports on a map and in a list, a report's page, the indicators. */
export function publicRoutes(app: TypedApp, core: Core) {
  const pub = new PublicService(core);

  app.get(
    '/public/reports',
    {
      config: { access, rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '公开诉求列表（无需登录） / Public reports of a district (no login)',
        querystring: Type.Object({
          district: DistrictCode,
          page: Type.Optional(Page),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })),
          status: Type.Optional(Stage),
          category: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9A-Za-z_-]+$', description: '问题分类或大类代码 / category or group code' })),
        }),
        response: {
          200: Type.Object({
            district: District,
            placeLevel: Type.Union([Type.Literal('compound'), Type.Literal('street')]),
            items: Type.Array(Report),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
        },
      },
    },
    async (req) => pub.reports(req.query.district, req.query),
  );

  app.get(
    '/public/reports/:id',
    {
      config: { access, rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '公开诉求详情与办理进度（无需登录） / A public report with its timeline (no login)',
        params: IdParams,
        querystring: Type.Object({ district: DistrictCode }),
        response: {
          200: Type.Composite([
            Report,
            Type.Object({
              district: District,
              timeline: Type.Array(
                Type.Object({
                  step: Type.String(),
                  label: Label,
                  handler: Nullable(Label),
                  status: Type.String(),
                  statusLabel: Label,
                  at: Type.String({ format: 'date-time' }),
                  note: Nullable(Type.String()),
                }),
              ),
            }),
          ]),
        },
      },
    },
    async (req) => pub.report(req.query.district, req.params.id),
  );

  app.get(
    '/public/indicators',
    {
      config: { access, rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: '区的公开指标：受理量、按期办结率、满意率（无需登录） / Public indicators of a district (no login)',
        querystring: Type.Object({ district: DistrictCode, days: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DAYS, default: 30 })) }),
        response: {
          200: Type.Object({
            district: District,
            days: Type.Integer(),
            period: Period,
            previousPeriod: Period,
            current: Figures,
            previous: Figures,
            change: Type.Object({
              received: Nullable(Type.Number()),
              receivedDifference: Type.Integer(),
              onTimeRate: Nullable(Type.Number()),
              satisfactionRate: Nullable(Type.Number()),
            }),
            minComparisonBase: Type.Integer(),
          }),
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return pub.indicators(req.query.district, req.query.days);
    },
  );
}
