import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { Id, IdParams, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { Day, Enum, tags } from './people.schemas.js';
import { HOUSE_RELATIONS, RESIDENCE } from './people.types.js';
import { PersonChangeService } from './person-change.service.js';

/** The steps that keep a resident's record up to date: corrections, moves, departure, head of household. */
export function personChangeRoutes(app: TypedApp, core: Core) {
  const changes = new PersonChangeService(core);

  const DetailsBody = Type.Object({
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    residence: Type.Optional(Enum(RESIDENCE)),
    ethnicity: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    nationality: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  });
  app.post(
    '/persons/:id/details',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { residence: 'registered_living' } } } },
      schema: {
        tags,
        summary: '更正电话、居住状态、民族、国籍（留痕） / Correct the phone, residence, ethnicity or nationality (audited)',
        params: IdParams,
        body: DetailsBody,
        response: { 200: Type.Object({ id: Type.Integer(), changed: Type.Boolean() }) },
      },
    },
    async (req) => changes.correct(actorOf(req), req.params.id, req.body),
  );

  const DepartureBody = Type.Object({
    kind: Enum(['moved_out', 'deceased'] as const),
    date: Day,
    movedTo: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  });
  app.post(
    '/persons/:id/departure',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { kind: 'moved_out', date: '2024-01-01' } } } },
      schema: {
        tags,
        summary: '登记迁出或死亡 / Record that a person moved away or died',
        params: IdParams,
        body: DepartureBody,
        response: { 200: Type.Object({ id: Type.Integer() }) },
      },
    },
    async (req) => changes.depart(actorOf(req), req.params.id, req.body),
  );

  const MoveBody = Type.Object({
    houseId: Id(),
    relation: Enum(HOUSE_RELATIONS),
    since: Type.Optional(Nullable(Day)),
    headPersonId: Type.Optional(Nullable(Type.Integer())),
    relationToHead: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  });
  app.post(
    '/persons/:id/move',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { houseId: 1, relation: 'resident' } } } },
      schema: {
        tags,
        summary: '变更居住房屋（迁入辖区内另一处房屋） / Move to another house within reach',
        params: IdParams,
        body: MoveBody,
        response: { 200: Type.Object({ id: Type.Integer(), houseId: Type.Integer() }) },
      },
    },
    async (req) => changes.move(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/persons/:id/head',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'person', body: { householdId: 1 } } } },
      schema: {
        tags,
        summary: '设为户主 / Make head of household',
        params: IdParams,
        body: Type.Object({ householdId: Id() }),
        response: { 200: Type.Object({ householdId: Type.Integer(), changed: Type.Boolean() }) },
      },
    },
    async (req) => changes.makeHead(actorOf(req), req.params.id, req.body.householdId),
  );
}
