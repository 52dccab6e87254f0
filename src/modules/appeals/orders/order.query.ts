import type { Core } from '../../../platform/core.js';
import type { Actor } from '../../../platform/actor.js';
import { notFound } from '../../../platform/errors.js';
import { APPEALS } from '../appeals.policy.js';
import { loadCategories } from '../category.catalog.js';
import { possibleSteps } from './order.machine.js';
import { kindsOf } from './order.parties.js';
import { stateOf } from './order.service.js';
import { eventView, orderDetail, orderSummary } from './order.view.js';
import * as repo from './order.repository.js';
import * as routing from './routing.repository.js';
import * as attachments from './attachment.repository.js';

const DUPLICATE_WINDOW_DAYS = 7;

/** Reading orders: lists by view, one order with its history, photos and possible steps, duplicate suggestions. */
export class OrderQuery {
  constructor(private readonly core: Core) {}

  /** Orders the caller may see; unitId narrows to a unit's subtree (a unit no longer live narrows to none). */
  async list(actor: Actor, { unitId, ...rest }: Omit<repo.ListFilter, 'unitPath'> & { unitId?: number }, sort: repo.Sort, offset: number, limit: number) {
    this.core.assert(actor, APPEALS.read);
    if (!actor.scope.all && !actor.scope.districtId) return { items: [], total: 0 };
    const filter: repo.ListFilter = { ...rest, unitPath: unitId ? ((await routing.unitById(this.core.db, unitId))?.path ?? '/none/') : undefined };
    // Extension requests wait for a dispatcher's decision; whoever cannot decide has none waiting.
    if (filter.view === 'extension' && !this.core.can(actor, APPEALS.dispatch)) return { items: [], total: 0 };
    // One clock for the colour filter and the colours shown, so that a yellow filter never lists a red order.
    const now = new Date();
    const { items, total } = await repo.list(this.core.db, actor, filter, sort, offset, limit, now);
    const names = await this.names(items);
    const categories = await loadCategories(this.core.db, items[0]?.district_id ?? actor.scope.districtId ?? 0);
    return { items: items.map((o) => orderSummary(o, actor, names, categories, now)), total };
  }

  /** How many orders `list` would give the caller with these filters, and how many are overdue (red). */
  async count(actor: Actor, filter: Omit<repo.ListFilter, 'unitPath'>, now = new Date()) {
    this.core.assert(actor, APPEALS.read);
    // The same refusals as the list: what the count says is what the list it links to shows.
    if (!actor.scope.all && !actor.scope.districtId) return { count: 0, overdue: 0 };
    if (filter.view === 'extension' && !this.core.can(actor, APPEALS.dispatch)) return { count: 0, overdue: 0 };
    return repo.count(this.core.db, actor, filter, now);
  }

  async detail(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.read);
    const o = await repo.findVisible(this.core.db, actor, id);
    if (!o) throw notFound('order');
    const [kinds, history, files, names, categories] = await Promise.all([
      kindsOf(this.core, this.core.db, actor, o),
      repo.historyOf(this.core.db, o.id),
      attachments.ofOrder(this.core.db, o.id),
      this.names([o]),
      loadCategories(this.core.db, o.district_id),
    ]);
    return {
      ...orderDetail(o, actor, kinds, possibleSteps(stateOf(o), kinds), names, categories),
      history: history.map(eventView),
      attachments: files.map((f) => ({
        id: f.id,
        kind: f.kind,
        fileName: f.file_name,
        contentType: f.content_type,
        size: f.size,
        eventSeq: f.event_seq,
        createdAt: f.created_at.toISOString(),
      })),
    };
  }

  /** Open orders that look like this one (same category and place, similar text, last 7 days), for merging. */
  async duplicates(actor: Actor, id: number) {
    this.core.assert(actor, APPEALS.read);
    const o = await repo.findVisible(this.core.db, actor, id);
    if (!o) throw notFound('order');
    const since = new Date(o.received_at.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
    const rows = await repo.duplicateCandidates(this.core.db, actor, {
      districtId: o.district_id,
      categoryCode: o.category_code,
      committeeId: o.committee_id,
      streetId: o.street_id,
      lat: o.lat,
      lng: o.lng,
      text: `${o.title} ${o.description}`,
      since,
      excludeId: o.id,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        receivedAt: r.received_at.toISOString(),
        address: r.address,
        score: Math.round(Number(r.score) * 100) / 100,
      })),
    };
  }

  /** The reporter's full phone, for a stated purpose, audited; only for those who may reveal and see the contact. */
  async revealPhone(actor: Actor, id: number, purpose: string) {
    this.core.assert(actor, APPEALS.reveal);
    const o = await repo.findVisible(this.core.db, actor, id);
    if (!o) throw notFound('order');
    if (!o.reporter_phone_enc) return { phone: null };
    await this.core.recordSensitiveRead(actor, {
      action: 'appeals.order.reveal_phone',
      targetType: 'appeal_order',
      targetId: o.id,
      unitPath: o.unit_path,
      districtId: o.district_id,
      purpose,
    });
    return { phone: this.core.crypto.decrypt(o.reporter_phone_enc) };
  }

  private async names(orders: repo.OrderRow[]) {
    const units = new Set<number>();
    const depts = new Set<number>();
    for (const o of orders) {
      if (o.unit_id) units.add(o.unit_id);
      if (o.street_id) units.add(o.street_id);
      if (o.handler_unit_id) units.add(o.handler_unit_id);
      if (o.handler_department_id) depts.add(o.handler_department_id);
    }
    return routing.namesOf(this.core.db, [...units], [...depts]);
  }
}
