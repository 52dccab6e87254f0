import { Type } from '@sinclair/typebox';
import { Id, Label, Nullable, Page, PageSize } from '../../platform/http/schemas.js';
import { STEPS } from './orders/order.machine.js';
import { CHANNELS } from './orders/order.labels.js';

export const tags = ['appeals'];

const STATUS = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed', 'merged', 'invalid'] as const;
export const Status = Type.Union(STATUS.map((s) => Type.Literal(s)));
export const Channel = Type.Union(CHANNELS.map((c) => Type.Literal(c)));
export const StepName = Type.Union(STEPS.filter((s) => s !== 'intake').map((s) => Type.Literal(s)));
const HandlerKind = Type.Union([Type.Literal('committee'), Type.Literal('street'), Type.Literal('department')]);
export const HandlerRef = Type.Object({ kind: HandlerKind, id: Id() });

export const IntakeBody = Type.Object({
  categoryCode: Type.String({ minLength: 1, maxLength: 20 }),
  title: Type.String({ minLength: 2, maxLength: 100 }),
  description: Type.String({ minLength: 1, maxLength: 4000 }),
  urgent: Type.Optional(Type.Boolean()),
  unitId: Type.Optional(Nullable(Id())),
  lat: Type.Optional(Nullable(Type.Number())),
  lng: Type.Optional(Nullable(Type.Number())),
  address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  anonymous: Type.Optional(Type.Boolean()),
  reporterName: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  reporterPhone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  contactShared: Type.Optional(Type.Boolean()),
  handleSelf: Type.Optional(Type.Boolean()),
});

export const StaffIntakeBody = Type.Composite([
  IntakeBody,
  Type.Object({ channel: Type.Union([Type.Literal('desk'), Type.Literal('visit'), Type.Literal('patrol'), Type.Literal('survey'), Type.Literal('meeting')]) }),
]);

export const AlarmBody = Type.Composite([
  Type.Omit(IntakeBody, ['anonymous', 'reporterName', 'reporterPhone', 'contactShared', 'handleSelf']),
  Type.Object({ source: Type.String({ minLength: 1, maxLength: 40 }), alarmId: Type.String({ minLength: 1, maxLength: 100 }) }),
]);

export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) });

export const IntakeReply = Type.Object({ id: Type.Integer(), status: Status, created: Type.Boolean() });

export const StepBody = Type.Object({
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  notePublic: Type.Optional(
    Type.Boolean({ description: '公开此说明（挂起、办结、结案、合并、作废） / Make the note public (suspend, resolve, close, merge, invalidate)' }),
  ),
  handler: Type.Optional(HandlerRef),
  rating: Type.Optional(Type.Union([Type.Literal('satisfied'), Type.Literal('basic'), Type.Literal('unsatisfied')])),
  days: Type.Optional(Type.Integer()),
  into: Type.Optional(Id()),
  unitId: Type.Optional(Id({ description: '人工定位的单位（街道、居委会、小区…） / The unit an order is placed in' })),
});

export const StepParams = Type.Object({ id: Id(), step: StepName });

export const ListQuery = Type.Object({
  page: Type.Optional(Page),
  pageSize: Type.Optional(PageSize),
  view: Type.Optional(
    Type.Union([
      Type.Literal('all'),
      Type.Literal('triage'),
      Type.Literal('unplaced'),
      Type.Literal('inbox'),
      Type.Literal('mine'),
      Type.Literal('supervised'),
      Type.Literal('extension'),
    ]),
  ),
  status: Type.Optional(Type.String({ description: 'comma-separated statuses' })),
  sla: Type.Optional(Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')])),
  channel: Type.Optional(Channel),
  category: Type.Optional(Type.String({ maxLength: 20 })),
  unitId: Type.Optional(Id()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  sort: Type.Optional(Type.Union([Type.Literal('received_desc'), Type.Literal('received_asc'), Type.Literal('due_asc')])),
});

const HandlerView = Type.Object({ kind: HandlerKind, id: Type.Integer(), name: Type.String() });

export const OrderSummary = Type.Object({
  id: Type.Integer(),
  status: Status,
  channel: Type.String(),
  discovery: Type.String(),
  categoryCode: Type.String(),
  categoryGroup: Type.String(),
  categoryName: Label,
  groupName: Label,
  title: Type.String(),
  urgent: Type.Boolean(),
  unitId: Nullable(Type.Integer()),
  unitName: Nullable(Type.String()),
  streetId: Nullable(Type.Integer()),
  streetName: Nullable(Type.String()),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  placement: Type.Union(
    ['given', 'boundary', 'nearest_compound', 'nearest_committee', 'desk', 'unplaced'].map((p) => Type.Literal(p)),
    {
      description: '定位方式（词表 appeals.placement） / How the place was found (vocabulary appeals.placement)',
    },
  ),
  placementM: Nullable(Type.Integer({ description: '距匹配小区或居委会的米数 / Metres from the matched compound or committee' })),
  handler: Nullable(HandlerView),
  receivedAt: Type.String(),
  acceptDueAt: Nullable(Type.String()),
  resolveDueAt: Nullable(Type.String()),
  sla: Type.String(),
  supervised: Type.Boolean(),
  rating: Nullable(Type.String()),
  reopenCount: Type.Integer(),
  mergedIntoId: Nullable(Type.Integer()),
});

export const OrderList = Type.Object({ items: Type.Array(OrderSummary), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const OrderDetail = Type.Composite([
  OrderSummary,
  Type.Object({
    description: Type.String(),
    reporter: Type.Object({ anonymous: Type.Boolean(), name: Nullable(Type.String()), phone: Nullable(Type.String()), contactShared: Type.Boolean() }),
    dispatchedAt: Nullable(Type.String()),
    acceptedAt: Nullable(Type.String()),
    resolvedAt: Nullable(Type.String()),
    closedAt: Nullable(Type.String()),
    extension: Nullable(Type.Object({ days: Type.Integer(), reason: Type.String(), requestedAt: Type.String() })),
    onTime: Nullable(Type.Boolean()),
    sourceSystem: Nullable(Type.String()),
    externalId: Nullable(Type.String()),
    as: Type.Array(Type.String()),
    actions: Type.Array(Type.String()),
    history: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        step: Type.String(),
        fromStatus: Nullable(Type.String()),
        toStatus: Type.String(),
        actorName: Type.String(),
        actorKind: Type.String(),
        at: Type.String(),
        note: Nullable(Type.String()),
        notePublic: Type.Boolean(),
        data: Type.Record(Type.String(), Type.Unknown()),
      }),
    ),
    attachments: Type.Array(
      Type.Object({
        id: Type.Integer(),
        kind: Type.String(),
        fileName: Type.String(),
        contentType: Type.String(),
        size: Type.Integer(),
        eventSeq: Nullable(Type.Integer()),
        createdAt: Type.String(),
      }),
    ),
  }),
]);

export const StepReply = Type.Object({ id: Type.Integer(), status: Status, seq: Type.Integer() });

export const Duplicates = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      status: Type.String(),
      receivedAt: Type.String(),
      address: Nullable(Type.String()),
      score: Type.Number(),
    }),
  ),
});

export const RevealBody = Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 200 }) });
/** null when the reporter left no phone (nothing is then recorded as read). */
export const RevealReply = Type.Object({ phone: Nullable(Type.String()) });

export const AttachmentQuery = Type.Object({
  kind: Type.Optional(Type.Union([Type.Literal('report'), Type.Literal('before'), Type.Literal('after'), Type.Literal('other')])),
});

export const BulkBody = Type.Composite([StepBody, Type.Object({ ids: Type.Array(Id(), { minItems: 1, maxItems: 200 }) })]);
export const BulkReply = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      ok: Type.Boolean(),
      status: Type.Optional(Type.String()),
      code: Type.Optional(Type.String()),
      message: Type.Optional(Type.String()),
    }),
  ),
});
