import type { Kysely } from 'kysely';
import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { APPEALS } from '../appeals.policy.js';
import type { Channel } from '../appeals.schema.js';
import { loadCategories } from '../category.catalog.js';
import { IntakeService, type IntakeInput, type IntakeSource } from '../orders/intake.service.js';
import { OrderQuery } from '../orders/order.query.js';
import { kindsOf } from '../orders/order.parties.js';
import { eventView, orderDetail } from '../orders/order.view.js';
import * as orders from '../orders/order.repository.js';
import * as routing from '../orders/routing.repository.js';
import * as attachments from '../orders/attachment.repository.js';
import { unitNamedIn } from '../open311/open311.repository.js';
import { checkHotline, descriptionOf, fieldError, type FieldError, type HotlineField, type HotlineOrder } from '../hotline/hotline.rules.js';
import { SIGNATURE_HEADERS, verify } from './transfer.signature.js';
import * as repo from './transfer.repository.js';

export const PACKAGE_FORMAT = 'linli.order-package/1';

/** The 12345 hotline's partner code: its orders come in on the hotline channel, others' as transfers. */
export const HOTLINE_CODE = '12345';

export type Partner = NonNullable<Awaited<ReturnType<typeof repo.partnerByCode>>>;

/** A signed request as it arrived: the raw bytes are what the signature covers. */
export interface Signed {
  raw: string;
  headers: Record<string, string | string[] | undefined>;
}

const header = (h: Signed['headers'], name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Who acts for a partner: the partner itself, audited by name; it reaches nothing by territory. */
export function partnerActor(p: Partner, requestId: string): Actor {
  return {
    userId: 0,
    userName: `${p.name}（${p.code}）`,
    positionId: null,
    role: null,
    scope: { all: false, districtId: p.district_id, paths: [], departmentId: null, gridId: null },
    requestId,
    locale: 'zh-CN',
  };
}

/**
 * Where a hotline order is: the unit it names, else the deepest unit its address names, else the district
 * (with its map point when it has one) for the operations centre to triage.
 */
export async function placeOf(db: Kysely<Database>, districtId: number, h: HotlineOrder): Promise<{ unitId: number | null; path: string } | FieldError> {
  if (h.unitId !== null) {
    const unit = await routing.unitById(db, h.unitId);
    if (!unit || unit.district_id !== districtId) return fieldError('unitId', 'UNIT_UNKNOWN', { value: h.unitId });
    return { unitId: unit.id, path: unit.path };
  }
  const named = h.address ? await unitNamedIn(db, districtId, h.address) : undefined;
  if (named) return { unitId: named.id, path: named.path };
  const root = await routing.districtRoot(db, districtId);
  return { unitId: h.lat !== null ? null : root.id, path: root.path };
}

export function intakeOf(h: HotlineOrder, unitId: number | null): IntakeInput {
  return {
    categoryCode: h.categoryCode,
    title: h.title,
    description: descriptionOf(h),
    urgent: h.urgent,
    unitId,
    lat: h.lat,
    lng: h.lng,
    address: h.address,
    anonymous: h.anonymous,
    reporterName: h.callerName,
    reporterPhone: h.callerPhone,
    contactShared: h.contactShared,
  };
}

export function sourceOf(p: Partner, h: HotlineOrder): IntakeSource {
  const channel: Channel = p.code === HOTLINE_CODE ? 'hotline' : 'transfer';
  return { channel, discovery: 'passive', sourceSystem: p.code, externalId: h.orderNo, receivedAt: h.receivedAt, districtId: p.district_id };
}

/**
 * Order transfer with other platforms (工单互转): an order's package with its history; orders taken in from a
 * partner, signed, idempotent by the partner's own order number; an order sent out to a partner; and the
 * partner's signed reports about orders we sent, kept with the order without moving its state.
 */
export class TransferService {
  private readonly intake: IntakeService;
  private readonly query: OrderQuery;

  constructor(private readonly core: Core) {
    this.intake = new IntakeService(core);
    this.query = new OrderQuery(core);
  }

  /** An order with its history, for whoever may read it (the same view as the order's detail). */
  async packageFor(actor: Actor, id: number) {
    const detail = await this.query.detail(actor, id);
    const o = (await orders.findById(this.core.db, id))!;
    const { as: _as, actions: _actions, history, attachments: files, ...order } = detail;
    return this.envelope(o.district_id, order, history, files);
  }

  /**
   * The package as a partner receives it: the reporter's name, and their full phone only when they agreed to
   * be contacted; built when it is sent, so the phone is never kept in clear in the outbox.
   */
  async packageForPartner(o: orders.OrderRow) {
    const reader: Actor = {
      userId: 0,
      userName: 'transfer',
      positionId: null,
      role: null,
      scope: { all: false, districtId: o.district_id, paths: [], departmentId: null, gridId: null },
      requestId: 'transfer',
      locale: 'zh-CN',
    };
    const [history, files, names, categories] = await Promise.all([
      orders.historyOf(this.core.db, o.id),
      attachments.ofOrder(this.core.db, o.id),
      routing.namesOf(
        this.core.db,
        [o.unit_id, o.street_id, o.handler_unit_id].filter((x): x is number => x !== null),
        o.handler_department_id ? [o.handler_department_id] : [],
      ),
      loadCategories(this.core.db, o.district_id),
    ]);
    const { as: _as, actions: _actions, ...order } = orderDetail(o, reader, [], [], names, categories);
    if (o.contact_shared && o.reporter_phone_enc && !o.anonymous) order.reporter = { ...order.reporter, phone: this.core.crypto.decrypt(o.reporter_phone_enc) };
    return this.envelope(o.district_id, order, history.map(eventView), files.map(fileView));
  }

  /** Sends an order to a partner platform: its package goes through the outbox; the partner reports back. */
  async transferOut(actor: Actor, id: number, partnerCode: string, note: string | null) {
    this.core.assert(actor, APPEALS.transfer);
    return this.core.mutate(actor, async (w) => {
      const o = await orders.findVisible(w.db, actor, id, true);
      if (!o) throw notFound('order');
      const kinds = await kindsOf(this.core, w.db, actor, o);
      if (!kinds.includes('dispatcher') && !kinds.includes('supervisor'))
        throw new AppError('STEP_NOT_ALLOWED_FOR_ACTOR', 403, { stepLabel: '转出至其他平台 / transfer out' });
      const partner = await repo.partnerByCode(w.db, o.district_id, partnerCode);
      if (!partner?.active) throw notFound('transfer_partner');
      if (!partner.callback_url) throw new AppError('TRANSFER_NO_CALLBACK_URL', 400, { partner: partner.name });
      if (await repo.packageQueued(w.db, partner.id, o.id)) throw conflict('TRANSFER_ALREADY_OUT', { id: o.id, partner: partner.name });
      const row = await repo.insertOutbox(w.db, {
        district_id: o.district_id,
        partner_id: partner.id,
        order_id: o.id,
        payload: { type: 'package', note: note?.trim() || null },
      });
      await w.audit({
        action: 'appeals.order.transfer_out',
        targetType: 'appeal_order',
        targetId: o.id,
        unitPath: o.unit_path,
        districtId: o.district_id,
        summary: { partner: partner.code, outbox: row.id, note: note?.trim() || null },
      });
      return { outboxId: row.id, partner: partner.code };
    });
  }

  /** What went between this order and partner platforms: packages and callbacks sent, reports received. */
  async log(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.read);
    const o = await orders.findVisible(this.core.db, actor, id);
    if (!o) throw notFound('order');
    const [sent, received] = await Promise.all([repo.outboxOfOrder(this.core.db, o.id), repo.callbacksReceived(this.core.db, o.id)]);
    return {
      sent: sent.map((r) => {
        const p = r.payload as repo.OutboxPayload;
        return {
          id: r.id,
          partner: r.partner_code,
          partnerName: r.partner_name,
          kind: p.type,
          seq: p.type === 'status' ? p.seq : null,
          createdAt: r.created_at.toISOString(),
          deliveredAt: r.delivered_at?.toISOString() ?? null,
          attempts: r.attempts,
          lastError: r.last_error,
        };
      }),
      received: received.map((r) => {
        const s = r.summary as { partner: string; callbackId: string; status: string; note: string | null; at: string | null };
        return {
          partner: s.partner,
          partnerName: r.actor_name ?? s.partner,
          callbackId: s.callbackId,
          status: s.status,
          note: s.note,
          at: s.at,
          receivedAt: new Date(r.at as unknown as string).toISOString(),
        };
      }),
    };
  }

  /** The partner a signed request comes from, its signature checked; anything wrong reads as one refusal. */
  async authenticate(req: Signed): Promise<Partner> {
    const districtCode = header(req.headers, SIGNATURE_HEADERS.district)?.trim();
    const code = header(req.headers, SIGNATURE_HEADERS.partner)?.trim();
    const timestamp = header(req.headers, SIGNATURE_HEADERS.timestamp)?.trim();
    const signature = header(req.headers, SIGNATURE_HEADERS.signature)?.trim();
    if (!districtCode || !code || !timestamp || !signature) throw new AppError('TRANSFER_SIGNATURE_MISSING', 401);
    const district = await repo.districtByCode(this.core.db, districtCode);
    const partner = district ? await repo.partnerByCode(this.core.db, district.id, code) : undefined;
    // An unknown partner is checked against a throw-away secret: the answer and its timing say nothing of who exists.
    const secret = partner?.active ? this.core.crypto.decrypt(partner.secret_enc) : 'x'.repeat(64);
    const verdict = verify(secret, timestamp, req.raw, signature);
    if (verdict === 'stale') throw new AppError('TRANSFER_SIGNATURE_STALE', 401);
    if (verdict !== 'ok' || !partner?.active) throw new AppError('TRANSFER_SIGNATURE_INVALID', 401);
    return partner;
  }

  /** A hotline (or partner) order taken in: idempotent by (partner, its order number). */
  async receive(req: Signed, body: unknown, requestId: string) {
    const partner = await this.authenticate(req);
    const categories = await loadCategories(this.core.db, partner.district_id);
    const checked = checkHotline((body ?? {}) as Partial<Record<HotlineField, unknown>>, categories, new Date());
    if (!checked.ok) throw new AppError('HOTLINE_INVALID', 400, { fields: checked.errors.map((e) => e.field).join(', ') }, checked.errors);
    const place = await placeOf(this.core.db, partner.district_id, checked.order);
    if ('code' in place) throw new AppError('HOTLINE_INVALID', 400, { fields: place.field }, [place]);
    const r = await this.intake.fromSystem(partnerActor(partner, requestId), intakeOf(checked.order, place.unitId), sourceOf(partner, checked.order));
    return { id: r.order.id, status: r.order.status, created: r.created, orderNo: checked.order.orderNo };
  }

  /** A partner's report about an order we sent it: recorded once per callbackId, the order's state untouched. */
  async callback(req: Signed, body: { callbackId: string; orderId: number; status: string; note?: string | null; at?: string | null }, requestId: string) {
    const partner = await this.authenticate(req);
    const actor = partnerActor(partner, requestId);
    return this.core.mutate(actor, async (w) => {
      const o = await repo.lockOrder(w.db, partner.district_id, body.orderId);
      if (!o || !(await repo.packageQueued(w.db, partner.id, o.id))) throw new AppError('TRANSFER_NOT_OUT', 404, { id: body.orderId, partner: partner.name });
      if (await repo.callbackSeen(w.db, o.id, partner.code, body.callbackId)) return { recorded: false };
      const summary = { partner: partner.code, callbackId: body.callbackId, status: body.status.trim(), note: body.note?.trim() || null, at: body.at ?? null };
      await w.audit({ action: repo.CALLBACK_ACTION, targetType: 'appeal_order', targetId: o.id, unitPath: o.unit_path, districtId: o.district_id, summary });
      w.emit('appeals.order.partner_reported', { orderId: o.id, ...summary }, o.district_id);
      return { recorded: true };
    });
  }

  private async envelope(districtId: number, order: Record<string, unknown>, history: Record<string, unknown>[], files: Record<string, unknown>[]) {
    const district = (await repo.districtOf(this.core.db, districtId))!;
    return {
      format: PACKAGE_FORMAT,
      exportedAt: new Date().toISOString(),
      district: { code: district.code, name: district.name },
      order,
      history,
      attachments: files,
    };
  }
}

const fileView = (f: Awaited<ReturnType<typeof attachments.ofOrder>>[number]) => ({
  id: f.id,
  kind: f.kind,
  fileName: f.file_name,
  contentType: f.content_type,
  size: f.size,
  eventSeq: f.event_seq,
  createdAt: f.created_at.toISOString(),
});
