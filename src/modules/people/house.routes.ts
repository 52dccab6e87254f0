import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Label, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { Enum, Day, AddressView, PersonView, tags } from './people.schemas.js';
import { personView } from './person.view.js';
import { HOUSE_USES, RELATION_LABEL, type HouseRelation } from './people.types.js';
import { HouseService } from './house.service.js';
import { UnitTagService } from './unit-tag.service.js';

export function houseRoutes(app: TypedApp, core: Core) {
  const houses = new HouseService(core);
  // A house is a unit of the territory; this is its people-side view.
  const HouseView = Type.Object({
    houseId: Type.Integer(),
    address: AddressView,
    use: Type.String(),
    areaM2: Nullable(Type.String()),
    ownership: Nullable(Type.String()),
    lastVisitedAt: Nullable(Type.String()),
    people: Type.Array(Type.Intersect([PersonView, Type.Object({ relation: Nullable(Type.String()), relationLabel: Nullable(Label) })])),
    households: Type.Array(
      Type.Object({
        id: Type.Integer(),
        headPersonId: Nullable(Type.Integer()),
        members: Type.Array(Type.Object({ personId: Type.Integer(), relationToHead: Nullable(Type.String()) })),
      }),
    ),
    can: Type.Object({ edit: Type.Boolean(), visit: Type.Boolean() }),
  });
  app.get(
    '/houses/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: { tags, summary: '房屋：户、人、标签、走访 / House: households, people, tags, visits', params: IdParams, response: { 200: HouseView } },
    },
    async (req) => {
      const { house, info, residents, households, members, catalog, hidden, address, can } = await houses.detail(actorOf(req), req.params.id);
      return {
        houseId: house.id,
        address,
        use: info?.use ?? 'residence',
        areaM2: info?.area_m2 ?? null,
        ownership: info?.ownership ?? null,
        lastVisitedAt: info?.last_visited_at ? info.last_visited_at.toISOString() : null,
        people: residents.map((p) => ({
          ...personView(p, catalog, hidden, address),
          relation: p.relation ?? null,
          relationLabel: p.relation ? RELATION_LABEL[p.relation as HouseRelation] : null,
        })),
        households: households.map((h) => ({
          id: h.id,
          headPersonId: h.head_person_id,
          members: members.filter((m) => m.household_id === h.id).map((m) => ({ personId: m.person_id, relationToHead: m.relation_to_head })),
        })),
        can,
      };
    },
  );

  const HouseBody = Type.Object({
    use: Type.Optional(Enum(HOUSE_USES)),
    areaM2: Type.Optional(Nullable(Type.Number({ minimum: 1, maximum: 100000 }))),
    ownership: Type.Optional(Nullable(Enum(['private', 'public_rental', 'other'] as const))),
  });
  app.post(
    '/houses/:id',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { use: 'residence' } } } },
      schema: {
        tags,
        summary: '修改房屋信息 / Update house information',
        params: IdParams,
        body: HouseBody,
        response: { 200: Type.Object({ houseId: Type.Integer() }) },
      },
    },
    async (req) => {
      const house = await houses.update(actorOf(req), req.params.id, req.body);
      return { houseId: house.id };
    },
  );

  const unitTags = new UnitTagService(core);
  const UnitTagView = Type.Object({
    unitId: Type.Integer(),
    code: Type.String(),
    name: Label,
    source: Type.String(),
    startDate: Type.String(),
    endDate: Nullable(Type.String()),
  });
  app.get(
    '/units/:id/tags',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary: '房屋、楼栋、小区的标签 / Tags of a house, building or compound',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(UnitTagView) }) },
      },
    },
    async (req) => {
      const { rows, catalog } = await unitTags.ofUnit(actorOf(req), req.params.id);
      return {
        items: rows.map((r) => ({
          unitId: r.unit_id,
          code: r.tag_code,
          name: catalog.byCode.get(r.tag_code)?.name ?? { zh: r.tag_code, en: r.tag_code },
          source: r.source,
          startDate: r.start_date,
          endDate: r.end_date,
        })),
      };
    },
  );

  const UnitTagBody = Type.Object({
    code: Type.String({ minLength: 1, maxLength: 20 }),
    on: Type.Boolean(),
    start: Type.Optional(Nullable(Day)),
    end: Type.Optional(Nullable(Day)),
  });
  app.post(
    '/units/:id/tags',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit', body: { code: 'C62', on: true } } } },
      schema: {
        tags,
        summary: '设置或结束房屋、楼栋、小区标签 / Set or end a tag on a house, building or compound',
        params: IdParams,
        body: UnitTagBody,
        response: { 200: Type.Object({ changed: Type.Boolean() }) },
      },
    },
    async (req) => {
      const b = req.body;
      return { changed: await unitTags.set(actorOf(req), req.params.id, b.code, b.on, { start: b.start, end: b.end }) };
    },
  );

  app.get(
    '/units/:id/tag-counts',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary: '辖区内各标签人数 / People per tag in a unit',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Label, sensitive: Type.Boolean(), count: Type.Integer() })) }),
        },
      },
    },
    async (req) => {
      const { counts, catalog } = await houses.tagCounts(actorOf(req), req.params.id);
      return {
        items: counts.map((c) => ({
          code: c.code,
          name: catalog.byCode.get(c.code)?.name ?? { zh: c.code, en: c.code },
          sensitive: catalog.byCode.get(c.code)?.sensitive ?? false,
          count: c.n,
        })),
      };
    },
  );

  app.get(
    '/units/:id/quality',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'unit' } } },
      schema: {
        tags,
        summary: '各居委会数据质量 / Data quality per committee',
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                committeeId: Type.Integer(),
                name: Type.String(),
                code: Nullable(Type.String()),
                houses: Type.Integer(),
                matchedHouses: Type.Integer(),
                persons: Type.Integer(),
                withoutPhone: Type.Integer(),
                stale: Type.Integer(),
                registeredAway: Type.Integer(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const rows = await houses.quality(actorOf(req), req.params.id);
      return {
        items: rows.map(({ committee: c, figures: f }) => ({
          committeeId: c.id,
          name: c.name,
          code: c.code,
          houses: Number(c.houses ?? 0),
          matchedHouses: f?.matched_houses ?? 0,
          persons: f?.persons ?? 0,
          withoutPhone: f?.without_phone ?? 0,
          stale: f?.stale ?? 0,
          registeredAway: f?.away ?? 0,
        })),
      };
    },
  );
}
