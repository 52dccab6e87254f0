import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { insertPosition, endPosition, positionsOf, SIGNED_UP } from '../accounts/index.js';
import * as persons from './person.repository.js';
import * as repo from './binding.repository.js';
import { BINDING_REQUESTS_PER_DAY, bindingDeadline, effectiveBindingStatus, sameName } from './binding.rules.js';
import { PEOPLE } from './people.policy.js';
import { loadTagCatalog } from './tag.catalog.js';
import { addresses, type Address } from './person.view.js';

/**
 * A resident's account is bound to their record in the base data only after their committee checks it
 * (实名认证): the resident names themselves and their document number, the committee approves, and the
 * account then sits at that house. The form's answer is the same for any name and number (binding.rules).
 */
export class BindingService {
  constructor(private readonly core: Core) {}

  async request(actor: Actor, name: string, docNumber: string) {
    this.core.assert(actor, PEOPLE.bindRequest);
    const districtId = actor.scope.districtId;
    if (!districtId) throw notFound('district');
    const hash = this.core.crypto.lookupHash(docNumber.replace(/\s+/g, '').toUpperCase());
    const now = new Date();
    return this.core.mutate(actor, async (w) => {
      if ((await repo.requestsSince(w.db, actor.userId, new Date(now.getTime() - 86_400_000))) >= BINDING_REQUESTS_PER_DAY) {
        throw new AppError('BINDING_TOO_MANY', 429, { max: BINDING_REQUESTS_PER_DAY });
      }
      await repo.lapseOwn(w.db, actor.userId, now);
      if (await repo.pendingOf(w.db, actor.userId, now)) throw conflict('BINDING_PENDING');
      // Matched or not, the same reads and one insert: neither the answer nor its time tells the difference.
      const person = await persons.findByDocHash(w.db, districtId, hash);
      const match = person?.house_id && person.unit_path && sameName(person.name, name) ? person : null;
      const row = await repo.insertBinding(w.db, {
        district_id: districtId,
        user_id: actor.userId,
        person_id: match?.id ?? null,
        house_id: match?.house_id ?? null,
        unit_path: match?.unit_path ?? null,
        note: null,
        expires_at: bindingDeadline(now),
      });
      await w.audit({
        action: 'people.binding.request',
        targetType: 'resident_binding',
        targetId: row.id,
        unitPath: row.unit_path,
        districtId,
        summary: { personId: match?.id ?? null },
      });
      if (match) w.emit('people.binding.requested', { bindingId: row.id, houseId: row.house_id }, districtId);
      return { id: row.id, status: 'pending' as const, expiresAt: row.expires_at! };
    });
  }

  /** The resident takes back their waiting request (a typo in the name, say) and may ask again. */
  async withdraw(actor: Actor) {
    this.core.assert(actor, PEOPLE.bindRequest);
    await this.core.mutate(actor, async (w) => {
      const pending = await repo.pendingOf(w.db, actor.userId, new Date());
      if (!pending) throw notFound('binding');
      await repo.decideBinding(w.db, pending.id, { status: 'withdrawn', decided_by: actor.userId });
      await w.audit({
        action: 'people.binding.withdraw',
        targetType: 'resident_binding',
        targetId: pending.id,
        unitPath: pending.unit_path,
        districtId: pending.district_id,
      });
    });
  }

  async list(actor: Actor, status: 'pending' | 'approved' | 'rejected') {
    this.core.assert(actor, PEOPLE.manage);
    const rows = await repo.listInScope(this.core.db, actor.scope, status, new Date());
    return {
      rows,
      addresses: await addresses(
        this.core.db,
        rows.map((r) => r.house_id!),
      ),
    };
  }

  /** How many requests wait for the caller's decision: the pending ones their list shows. */
  async waitingCount(actor: Actor, now = new Date()) {
    this.core.assert(actor, PEOPLE.manage);
    return repo.pendingCountInScope(this.core.db, actor.scope, now);
  }

  async decide(actor: Actor, id: number, approve: boolean, note: string | null) {
    this.core.assert(actor, PEOPLE.manage);
    return this.core.mutate(actor, async (w) => {
      const b = await repo.findInScope(w.db, actor.scope, id);
      if (!b) throw notFound('binding');
      if (effectiveBindingStatus(b, new Date()) !== 'pending') throw conflict('BINDING_DECIDED');
      await repo.decideBinding(w.db, id, { status: approve ? 'approved' : 'rejected', note, decided_by: actor.userId });
      if (approve) {
        // The resident may have moved since they asked: they must still be someone the decider may see.
        const person = await persons.findVisible(w.db, actor.scope, b.person_id!);
        if (!person?.house_id) throw notFound('binding');
        // One account, one person: a resident who moved is unbound from the old record first, and an account
        // that held this record before (a lost phone, say) no longer sits at the house.
        await persons.bindAccount(w.db, b.person_id!, b.user_id);
        const ended = [b.user_id, ...(person.user_id && person.user_id !== b.user_id ? [person.user_id] : [])];
        // The requester's signed-up position ends too: the house's position now carries their reports and requests.
        for (const p of await positionsOf(w.db, ended))
          if (p.role === 'resident' || (p.role === SIGNED_UP && p.user_id === b.user_id)) await endPosition(w.db, p.id);
        await insertPosition(w.db, {
          district_id: b.district_id,
          user_id: b.user_id,
          role: 'resident',
          unit_id: person.house_id,
          department_id: null,
          grid_id: null,
        });
      }
      await w.audit({
        action: approve ? 'people.binding.approve' : 'people.binding.reject',
        targetType: 'resident_binding',
        targetId: id,
        unitPath: b.unit_path,
        districtId: b.district_id,
        summary: { personId: b.person_id, userId: b.user_id, note },
      });
    });
  }

  /** The resident's own record: themselves, their house and household; and their latest request. */
  async me(actor: Actor) {
    const db = this.core.db;
    const latest = await repo.latestOf(db, actor.userId);
    const binding = latest ? { ...latest, status: effectiveBindingStatus(latest, new Date()) } : null;
    const person = await persons.findByUser(db, actor.userId);
    if (!person) return { person: null, household: [], binding };
    const households = await persons.householdsOf(db, person.id);
    const members = await persons.membersOf(
      db,
      households.map((h) => h.id),
    );
    const [names, catalog, addr] = await Promise.all([
      persons.namesOf(
        db,
        members.map((m) => m.person_id),
      ),
      loadTagCatalog(db, actor.scope.districtId ?? 0),
      person.house_id ? addresses(db, [person.house_id]) : new Map<number, Address>(),
    ]);
    return {
      person,
      // A resident's own view names no sensitive tag, even their own.
      catalog,
      hidden: new Set(catalog.sensitiveCodes),
      address: person.house_id ? addr.get(person.house_id) : undefined,
      household: members.map((m) => ({ personId: m.person_id, name: names.get(m.person_id) ?? '', relationToHead: m.relation_to_head })),
      binding,
    };
  }
}
