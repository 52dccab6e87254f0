import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { pathInScope } from '../../platform/scope.js';
import { insertPosition, endPosition, positionsOf } from '../accounts/index.js';
import * as persons from './person.repository.js';
import { PEOPLE } from './people.policy.js';

/**
 * A resident's account is bound to their record in the base data only after their committee checks it
 * (实名认证): the resident names themselves and their document number, the committee approves, and the
 * account then sits at that house.
 */
export class BindingService {
  constructor(private readonly core: Core) {}

  async request(actor: Actor, name: string, docNumber: string) {
    this.core.assert(actor, PEOPLE.bindRequest);
    const districtId = actor.scope.districtId;
    const person = districtId ? await persons.findByDocHash(this.core.db, districtId, this.core.crypto.lookupHash(docNumber)) : undefined;
    // The same answer whether the number is unknown or the name differs: the form must not confirm who lives here.
    if (!person || person.name !== name.trim() || !person.house_id || !person.unit_path) throw new AppError('BINDING_NO_MATCH', 404);
    if (person.user_id) throw conflict('BINDING_TAKEN');
    return this.core.mutate(actor, async (w) => {
      const pending = await w.db.selectFrom('resident_binding').select('id').where('user_id', '=', actor.userId).where('status', '=', 'pending').executeTakeFirst();
      if (pending) throw conflict('BINDING_PENDING');
      const row = await w.db
        .insertInto('resident_binding')
        .values({ district_id: person.district_id, user_id: actor.userId, person_id: person.id, house_id: person.house_id!, unit_path: person.unit_path!, note: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      await w.audit({ action: 'people.binding.request', targetType: 'resident_binding', targetId: row.id, unitPath: row.unit_path, districtId: row.district_id, summary: { personId: person.id } });
      w.emit('people.binding.requested', { bindingId: row.id, houseId: row.house_id }, row.district_id);
      return row;
    });
  }

  list(actor: Actor, status: 'pending' | 'approved' | 'rejected') {
    this.core.assert(actor, PEOPLE.manage);
    return this.core.db
      .selectFrom('resident_binding as b')
      .innerJoin('person as p', 'p.id', 'b.person_id')
      .innerJoin('app_user as u', 'u.id', 'b.user_id')
      .select(['b.id', 'b.status', 'b.created_at', 'b.house_id', 'b.person_id', 'b.note', 'p.name', 'p.doc_masked', 'u.username', 'u.display_name'])
      .where('b.status', '=', status)
      .where(pathInScope(actor.scope, 'b.unit_path'))
      .orderBy('b.created_at')
      .limit(200)
      .execute();
  }

  async decide(actor: Actor, id: number, approve: boolean, note: string | null) {
    this.core.assert(actor, PEOPLE.manage);
    return this.core.mutate(actor, async (w) => {
      const b = await w.db.selectFrom('resident_binding').selectAll().where('id', '=', id).where(pathInScope(actor.scope, 'unit_path')).executeTakeFirst();
      if (!b) throw notFound('binding');
      if (b.status !== 'pending') throw conflict('BINDING_DECIDED');
      await w.db.updateTable('resident_binding').set({ status: approve ? 'approved' : 'rejected', note, decided_by: actor.userId, decided_at: new Date() }).where('id', '=', id).execute();
      if (approve) {
        // One account, one person: a resident who moved is unbound from the old record first.
        await w.db.updateTable('person').set({ user_id: null }).where('user_id', '=', b.user_id).execute();
        await w.db.updateTable('person').set({ user_id: b.user_id }).where('id', '=', b.person_id).execute();
        // The account now sits at the verified house: its earlier resident positions end.
        for (const p of await positionsOf(w.db, [b.user_id])) if (p.role === 'resident') await endPosition(w.db, p.id);
        await insertPosition(w.db, { district_id: b.district_id, user_id: b.user_id, role: 'resident', unit_id: b.house_id, department_id: null, grid_id: null });
      }
      await w.audit({ action: approve ? 'people.binding.approve' : 'people.binding.reject', targetType: 'resident_binding', targetId: id, unitPath: b.unit_path, districtId: b.district_id, summary: { personId: b.person_id, userId: b.user_id, note } });
    });
  }

  /** The resident's own record: themselves, their house and household. */
  async me(actor: Actor) {
    const person = await this.core.db.selectFrom('person').selectAll().where('user_id', '=', actor.userId).executeTakeFirst();
    const pending = await this.core.db.selectFrom('resident_binding').select(['id', 'status', 'created_at']).where('user_id', '=', actor.userId).orderBy('id', 'desc').executeTakeFirst();
    if (!person) return { person: null, household: [], binding: pending ?? null };
    const households = await persons.householdsOf(this.core.db, person.id);
    const members = await persons.membersOf(this.core.db, households.map((h) => h.id));
    const names = members.length ? await this.core.db.selectFrom('person').select(['id', 'name']).where('id', 'in', members.map((m) => m.person_id)).execute() : [];
    return {
      person,
      household: members.map((m) => ({ personId: m.person_id, name: names.find((n) => n.id === m.person_id)?.name ?? '', relationToHead: m.relation_to_head })),
      binding: pending ?? null,
    };
  }
}
