import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../platform/http/app.types.js';
import type { Core } from '../../platform/core.js';
import { Id, Label, PageQuery, pageOf, paged, Nullable, IdParams } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { draftShownTo } from '../../platform/catalog.js';
import { GridService } from './grid.service.js';
import { UnitService } from './unit.service.js';
import { ORG } from './org.policy.js';

const GridView = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  streetId: Type.Integer(),
  streetName: Type.String(),
  unitCount: Type.Integer(),
});
const DepartmentView = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  parentId: Nullable(Type.Integer()),
  parentName: Nullable(Type.String()),
  streetId: Nullable(Type.Integer()),
  streetName: Nullable(Type.String()),
  teamCount: Type.Integer(),
});
const tags = ['org'];

type GridRow = { id: number; code: string; name: string; kind: string; street_id: number; street_name: string; unit_count?: unknown };
type DeptRow = {
  id: number;
  code: string;
  name: string;
  parent_id: number | null;
  parent_name?: string | null;
  street_id: number | null;
  street_name: string | null;
  team_count?: unknown;
};
const gridView = (g: GridRow, unitCount?: number) => ({
  id: g.id,
  code: g.code,
  name: g.name,
  kind: g.kind,
  streetId: g.street_id,
  streetName: g.street_name,
  unitCount: unitCount ?? Number(g.unit_count ?? 0),
});
const deptView = (d: DeptRow) => ({
  id: d.id,
  code: d.code,
  name: d.name,
  parentId: d.parent_id,
  parentName: d.parent_name ?? null,
  streetId: d.street_id,
  streetName: d.street_name,
  teamCount: Number(d.team_count ?? 0),
});

export function gridRoutes(app: TypedApp, core: Core) {
  const svc = new GridService(core);
  const units = new UnitService(core);

  const GridQuery = Type.Intersect([PageQuery, Type.Object({ streetId: Type.Optional(Id()), q: Type.Optional(Type.String({ maxLength: 100 })) })]);
  app.get(
    '/grids',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'grid' } } },
      schema: { tags, summary: '网格列表 / Grids', querystring: GridQuery, response: { 200: paged(GridView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await svc.listGrids(actorOf(req), { streetId: q.streetId, q: q.q?.trim() || undefined, page, pageSize });
      return { items: r.items.map((g) => gridView(g)), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/grids/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'grid' } } },
      schema: {
        tags,
        summary: '网格详情 / Grid detail',
        params: IdParams,
        response: {
          200: Type.Intersect([GridView, Type.Object({ units: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() })) })]),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const r = await svc.getGrid(actorOf(req), id);
      return { ...gridView(r.grid, r.units.length), units: r.units.map((u) => ({ id: u.id, name: u.name, type: u.type })) };
    },
  );

  const DeptQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) })]);
  app.get(
    '/departments',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'department' } } },
      schema: { tags, summary: '职能部门列表 / Departments', querystring: DeptQuery, response: { 200: paged(DepartmentView) } },
    },
    async (req) => {
      const q = req.query;
      const { page, pageSize } = pageOf(q);
      const r = await svc.listDepartments(actorOf(req), { q: q.q?.trim() || undefined, page, pageSize });
      return { items: r.items.map(deptView), total: r.total, page, pageSize };
    },
  );

  app.get(
    '/departments/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'department' } } },
      schema: {
        tags,
        summary: '职能部门详情 / Department detail',
        params: IdParams,
        response: { 200: Type.Intersect([DepartmentView, Type.Object({ teams: Type.Array(DepartmentView) })]) },
      },
    },
    async (req) => {
      const { id } = req.params;
      const r = await svc.getDepartment(actorOf(req), id);
      return { ...deptView(r.dept), teams: r.teams.map(deptView) };
    },
  );

  app.get(
    '/catalogs/housing-types',
    {
      config: { access: { auth: 'session', probe: { kind: 'permission', permission: ORG.read } } },
      schema: {
        tags,
        summary: '房屋类型目录 / Housing types catalog',
        response: { 200: Type.Object({ draft: Type.Boolean(), items: Type.Array(Type.Object({ code: Type.String(), name: Label })) }) },
      },
    },
    async (req) => {
      const types = await units.housingTypes(actorOf(req));
      return { ...types, draft: draftShownTo(core, actorOf(req), types.draft) };
    },
  );
}
