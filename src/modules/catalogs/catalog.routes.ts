import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { Id, IdParams, Label, MAX_ID, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { CatalogService } from './catalog.service.js';

const tags = ['catalogs'];
const Origin = Type.Union([Type.Literal('profile'), Type.Literal('edit')], {
  description: 'profile：来自区配置 / from the profile；edit：本区修改 / edited in the district',
});
const Difference = Type.Object(
  { added: Type.Array(Type.String()), removed: Type.Array(Type.String()), changed: Type.Array(Type.String()), fields: Type.Array(Type.String()) },
  { description: '采用区配置将带来的变化（按条目代码）/ what taking the profile would change (entries by code)' },
);
const Summary = {
  id: Type.Integer(),
  districtId: Type.Integer(),
  districtName: Type.String(),
  name: Type.String(),
  label: Nullable(Label),
  owner: Nullable(Type.String({ description: '声明该目录的模块 / the module that declares it' })),
  version: Type.Integer(),
  origin: Origin,
  draft: Type.Boolean(),
  updatedAt: Type.String(),
  profileChange: Nullable(Difference),
};
const CatalogSummary = Type.Object({ ...Summary, entryCount: Type.Integer() });
const VersionSummary = Type.Object({
  version: Type.Integer(),
  origin: Origin,
  authorId: Nullable(Type.Integer()),
  authorName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
  entryCount: Type.Integer(),
});
const CatalogView = Type.Object({
  ...Summary,
  source: Nullable(Type.String()),
  entries: Type.Array(Type.Unknown()),
  extra: Type.Record(Type.String(), Type.Unknown()),
  schema: Nullable(
    Type.Object(
      { entry: Type.Unknown(), extra: Type.Unknown() },
      { description: '条目及其他字段的 JSON Schema / JSON Schema of an entry and of the other fields' },
    ),
  ),
  versions: Type.Array(VersionSummary),
});
const VersionView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  version: Type.Integer(),
  origin: Origin,
  draft: Type.Boolean(),
  source: Nullable(Type.String()),
  entries: Type.Array(Type.Unknown()),
  extra: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
});
const SaveBody = Type.Object({
  baseVersion: Type.Integer({
    minimum: 0,
    maximum: MAX_ID,
    description: '所修改的版本；目录已有更新版本时拒绝 / the version edited; refused when the catalog has moved on',
  }),
  draft: Type.Boolean(),
  entries: Type.Array(Type.Unknown(), { maxItems: 10_000 }),
  extra: Type.Record(Type.String(), Type.Unknown()),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});
const probeBody = { baseVersion: 1, draft: true, entries: [], extra: {} };

const summaryOf = (r: {
  id: number;
  district_id: number;
  district_name: string;
  name: string;
  label: { zh: string; en: string } | null;
  owner: string | null;
  version: number;
  origin: 'profile' | 'edit';
  draft: boolean;
  updated_at: Date;
  profileChange: unknown;
}) => ({
  id: r.id,
  districtId: r.district_id,
  districtName: r.district_name,
  name: r.name,
  label: r.label,
  owner: r.owner,
  version: r.version,
  origin: r.origin,
  draft: r.draft,
  updatedAt: r.updated_at.toISOString(),
  profileChange: r.profileChange as never,
});

/** A district's catalogs: list, read with versions, read a version, save a new version. */
export function catalogRoutes(app: TypedApp, core: Core) {
  const svc = new CatalogService(core);

  app.get(
    '',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'catalogs.catalog' } } },
      schema: { tags, summary: "本区的目录 / The district's catalogs", response: { 200: Type.Object({ items: Type.Array(CatalogSummary) }) } },
    },
    async (req) => ({ items: (await svc.list(actorOf(req))).map((r) => ({ ...summaryOf(r), entryCount: r.entry_count })) }),
  );

  app.get(
    '/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'catalogs.catalog' } } },
      schema: { tags, summary: '目录内容及其版本 / A catalog with its versions', params: IdParams, response: { 200: CatalogView } },
    },
    async (req) => {
      const r = await svc.get(actorOf(req), req.params.id);
      return {
        ...summaryOf(r),
        source: r.source,
        entries: r.entries as unknown[],
        extra: r.extra as Record<string, unknown>,
        schema: r.schema,
        versions: r.versions.map((v) => ({
          version: v.version,
          origin: v.origin,
          authorId: v.author_id,
          authorName: v.author_name,
          note: v.note,
          createdAt: v.created_at.toISOString(),
          entryCount: v.entry_count,
        })),
      };
    },
  );

  app.get(
    '/:id/versions/:version',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'catalogs.catalog', params: { version: '1' } } } },
      schema: {
        tags,
        summary: '目录的某一版本 / One version of a catalog',
        params: Type.Object({ id: Id(), version: Id() }),
        response: { 200: VersionView },
      },
    },
    async (req) => {
      const v = await svc.version(actorOf(req), req.params.id, req.params.version);
      return {
        id: v.id,
        name: v.name,
        version: v.version,
        origin: v.origin,
        draft: v.draft,
        source: v.source,
        entries: v.entries as unknown[],
        extra: v.extra as Record<string, unknown>,
        createdAt: v.created_at.toISOString(),
      };
    },
  );

  app.post(
    '/:id/versions',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'catalogs.catalog', body: probeBody } } },
      schema: {
        tags,
        summary: "保存新版本（按目录结构校验） / Save a new version, checked against the catalog's schema",
        params: IdParams,
        body: SaveBody,
        response: { 200: Type.Object({ id: Type.Integer(), version: Type.Integer() }) },
      },
    },
    async (req) => svc.save(actorOf(req), req.params.id, { ...req.body, note: req.body.note ?? null }),
  );
}
