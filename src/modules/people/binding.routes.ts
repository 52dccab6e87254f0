import type { TypedApp } from '../../platform/http/app.types.js';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import { IdParams, Nullable } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { Enum, AddressView, PersonView, tags } from './people.schemas.js';
import { BindingService } from './binding.service.js';
import { bindingByNumber } from './people.probes.js';
import { personView } from './person.view.js';

export function bindingRoutes(app: TypedApp, core: Core) {
  const bindings = new BindingService(core);
  const BindBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 50 }), docNumber: Type.String({ minLength: 5, maxLength: 30 }) });
  app.post(
    '/binding',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' }, naturalKey: bindingByNumber } },
      schema: {
        tags,
        summary: '居民申请实名绑定 / A resident asks to be bound to their record',
        description: '任何姓名与证件号码都得到同样的答复；居委会核实后绑定 / Every name and number gets the same answer; the committee checks before binding',
        body: BindBody,
        response: { 201: Type.Object({ id: Type.Integer(), status: Type.String(), expiresAt: Type.String() }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const row = await bindings.request(actorOf(req), b.name, b.docNumber);
      return reply.status(201).send({ id: row.id, status: row.status, expiresAt: row.expiresAt.toISOString() });
    },
  );

  app.post(
    '/binding/withdraw',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: { tags, summary: "撤回实名绑定申请 / Withdraw one's binding request" },
    },
    async (req, reply) => {
      await bindings.withdraw(actorOf(req));
      return reply.status(204).send();
    },
  );

  const BindingQuery = Type.Object({ status: Type.Optional(Enum(['pending', 'approved', 'rejected'] as const)) });
  const BindingView = Type.Object({
    id: Type.Integer(),
    status: Type.String(),
    createdAt: Type.String(),
    expiresAt: Nullable(Type.String()),
    houseId: Type.Integer(),
    personId: Type.Integer(),
    personName: Type.String(),
    docMasked: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    note: Nullable(Type.String()),
    address: Nullable(AddressView),
    /** The resident record is bound to another account already: approving moves it to this one. */
    boundElsewhere: Type.Boolean(),
  });
  app.get(
    '/bindings',
    {
      config: { access: { auth: 'session', probe: { kind: 'list', resource: 'people.binding' } } },
      schema: {
        tags,
        summary: '实名绑定申请 / Binding requests',
        querystring: BindingQuery,
        response: { 200: Type.Object({ items: Type.Array(BindingView) }) },
      },
    },
    async (req) => {
      const { rows, addresses: addr } = await bindings.list(actorOf(req), req.query.status ?? 'pending');
      return {
        items: rows.map((r) => ({
          id: r.id,
          status: r.status,
          createdAt: r.created_at.toISOString(),
          expiresAt: r.expires_at?.toISOString() ?? null,
          houseId: r.house_id!,
          personId: r.person_id!,
          personName: r.name,
          docMasked: r.doc_masked,
          username: r.username,
          displayName: r.display_name,
          note: r.note,
          address: addr.get(r.house_id!) ?? null,
          boundElsewhere: !!r.bound_elsewhere,
        })),
      };
    },
  );

  const DecideBody = Type.Object({ approve: Type.Boolean(), note: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) });
  app.post(
    '/bindings/:id/decide',
    {
      config: { access: { auth: 'session', probe: { kind: 'record', resource: 'people.binding', body: { approve: false, note: '探测' } } } },
      schema: { tags, summary: '审核实名绑定 / Decide a binding request', params: IdParams, body: DecideBody },
    },
    async (req, reply) => {
      const b = req.body;
      await bindings.decide(actorOf(req), req.params.id, b.approve, b.note ?? null);
      return reply.status(204).send();
    },
  );

  app.get(
    '/me',
    {
      config: { access: { auth: 'session', probe: { kind: 'self' } } },
      schema: {
        tags,
        summary: '我的登记信息 / My record',
        response: {
          200: Type.Object({
            person: Nullable(PersonView),
            household: Type.Array(Type.Object({ personId: Type.Integer(), name: Type.String(), relationToHead: Nullable(Type.String()) })),
            binding: Nullable(Type.Object({ id: Type.Integer(), status: Type.String(), createdAt: Type.String(), expiresAt: Nullable(Type.String()) })),
          }),
        },
      },
    },
    async (req) => {
      const r = await bindings.me(actorOf(req));
      return {
        person: r.person ? personView(r.person, r.catalog, r.hidden, r.address) : null,
        household: r.household,
        binding: r.binding
          ? {
              id: r.binding.id,
              status: r.binding.status,
              createdAt: r.binding.created_at.toISOString(),
              expiresAt: r.binding.expires_at?.toISOString() ?? null,
            }
          : null,
      };
    },
  );
}
