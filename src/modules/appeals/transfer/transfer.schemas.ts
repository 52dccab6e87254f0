import { Type } from '@sinclair/typebox';
import { Id, Label, Nullable } from '../../../platform/http/schemas.js';

const Str = (maxLength: number, description?: string) => Type.Optional(Type.String({ maxLength, ...(description ? { description } : {}) }));

export const PartnerView = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  callbackUrl: Nullable(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String(),
  pending: Type.Integer({ description: '待发送的回调 / callbacks waiting' }),
  failed: Type.Integer({ description: '已放弃的回调 / callbacks given up' }),
  lastError: Nullable(Type.String()),
});

/** A partner as those who send orders out or import hotline files choose it: no address, counts or secret. */
export const PartnerChoice = Type.Object({
  code: Type.String(),
  name: Type.String(),
  transferOut: Type.Boolean({ description: '已配置回调地址，可向其转出工单 / has a callback URL: orders can be sent to it' }),
});

export const PartnerBody = Type.Object({
  code: Type.String({
    minLength: 2,
    maxLength: 32,
    description: '字母、数字、- 或 _；12345 为市民服务热线 / letters, digits, - or _; 12345 is the citizen hotline',
  }),
  name: Type.String({ minLength: 2, maxLength: 60 }),
  callbackUrl: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  secret: Type.Optional(Nullable(Type.String({ maxLength: 200, description: '留空则自动生成 / generated when empty' }))),
});

export const PartnerPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
  callbackUrl: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  active: Type.Optional(Type.Boolean()),
});

export const SecretBody = Type.Object({ secret: Type.Optional(Nullable(Type.String({ maxLength: 200 }))) });

export const PartnerWithSecret = Type.Composite([PartnerView, Type.Object({ secret: Type.String({ description: '只显示这一次 / shown this once only' }) })]);

export const SignedHeaders = Type.Object({
  'x-linli-district': Str(20, '区代码 / district code'),
  'x-linli-partner': Str(32, '平台代码 / partner code'),
  'x-linli-timestamp': Str(12, 'Unix 秒 / Unix seconds'),
  'x-linli-signature': Str(80, 'sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))'),
});

/** The 12345 hotline's order (docs/api/transfer.md); checked field by field by hotline.rules. */
export const HotlineBody = Type.Object({
  orderNo: Str(64, '热线工单编号 / the hotline order number (idempotency key)'),
  receivedAt: Str(40, '受理时间 / received at (ISO 8601, or 2026-01-05 09:30 Beijing time)'),
  category: Str(60, '问题分类编码或小类名称 / category code or subcategory name'),
  title: Str(100),
  content: Str(4000, '诉求内容 / what the caller said'),
  address: Str(200),
  lat: Type.Optional(Nullable(Type.Number())),
  lng: Type.Optional(Nullable(Type.Number())),
  unitId: Type.Optional(Nullable(Id())),
  callerName: Str(50),
  callerPhone: Str(30),
  anonymous: Type.Optional(Type.Boolean()),
  contactShared: Type.Optional(Type.Boolean()),
  urgency: Str(10, 'normal | urgent（一般 | 紧急）'),
  dueAt: Str(40, "热线办理时限 / the hotline's own deadline"),
});

export const TransferInReply = Type.Object({ id: Type.Integer(), status: Type.String(), created: Type.Boolean(), orderNo: Type.String() });

export const CallbackBody = Type.Object({
  callbackId: Type.String({ minLength: 1, maxLength: 100, description: "对方的回调编号（幂等） / the partner's id of this report (idempotency)" }),
  orderId: Id({ description: '我方工单号 / our order id' }),
  status: Type.String({ minLength: 1, maxLength: 40, description: "对方的办理状态 / the partner's own status" }),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  at: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
});

export const CallbackReply = Type.Object({ recorded: Type.Boolean() });

export const TransferOutBody = Type.Object({
  partner: Type.String({ minLength: 2, maxLength: 32 }),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});

export const TransferOutReply = Type.Object({ outboxId: Type.Integer(), partner: Type.String() });

export const TransferLog = Type.Object({
  sent: Type.Array(
    Type.Object({
      id: Type.Integer(),
      partner: Type.String(),
      partnerName: Type.String(),
      kind: Type.String(),
      seq: Nullable(Type.Integer()),
      createdAt: Type.String(),
      deliveredAt: Nullable(Type.String()),
      attempts: Type.Integer(),
      lastError: Nullable(Type.String()),
    }),
  ),
  received: Type.Array(
    Type.Object({
      partner: Type.String(),
      partnerName: Type.String(),
      callbackId: Type.String(),
      status: Type.String(),
      note: Nullable(Type.String()),
      at: Nullable(Type.String()),
      receivedAt: Type.String(),
    }),
  ),
});

export const OrderPackage = Type.Object({
  format: Type.String(),
  exportedAt: Type.String(),
  district: Type.Object({ code: Type.String(), name: Type.String() }),
  order: Type.Record(Type.String(), Type.Unknown()),
  history: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  attachments: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});

export const ImportQuery = Type.Object({
  partner: Type.String({ minLength: 2, maxLength: 32, description: '平台代码，如 12345 / partner code, e.g. 12345' }),
  dryRun: Type.Optional(Type.Boolean({ default: true })),
});

export const TemplateQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])) });

export const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  committed: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  existing: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), code: Type.String(), message: Label, value: Type.Optional(Type.String()) })),
  orderIds: Type.Array(Type.Integer()),
});
