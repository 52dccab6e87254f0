import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import * as repo from './unit.repository.js';
import { childPath } from './unit.rules.js';
import type { UnitType } from './org.schema.js';

export type HouseLookup =
  | { ok: true; houseId: number; path: string; created: number }
  | { ok: false; problem: 'COMMITTEE_UNKNOWN' | 'COMMITTEE_OUT_OF_SCOPE' };

/**
 * Finds the house an address names (committee code, compound, building, room) and, when allowed, creates the
 * compound, building or house that does not exist yet, with their history. Caches what it has seen, so an
 * import of a whole district asks the database once per committee and once per new unit.
 */
export class HouseResolver {
  private committees = new Map<string, { id: number; path: string; depth: number; district_id: number } | 'unknown' | 'out'>();
  private children = new Map<number, Map<string, { id: number; path: string; depth: number }>>();
  createdUnits = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly districtId: number,
    private readonly scope: Scope,
    private readonly actor: { id: number | null; name: string },
    private readonly create: boolean,
  ) {}

  async resolve(committeeCode: string, compound: string, building: string, room: string): Promise<HouseLookup> {
    const committee = await this.committee(committeeCode);
    if (committee === 'unknown') return { ok: false, problem: 'COMMITTEE_UNKNOWN' };
    if (committee === 'out') return { ok: false, problem: 'COMMITTEE_OUT_OF_SCOPE' };
    const before = this.createdUnits;
    const c = await this.child(committee, 'compound', compound);
    const b = c && (await this.child(c, 'building', building));
    const h = b && (await this.child(b, 'house', room));
    // Dry runs do not create: a placeholder id stands for "would be created".
    return { ok: true, houseId: h?.id ?? 0, path: h?.path ?? '', created: this.createdUnits - before };
  }

  private async committee(code: string) {
    const cached = this.committees.get(code);
    if (cached) return cached;
    const unit = await repo.findByCode(this.db, this.districtId, code);
    let value: { id: number; path: string; depth: number; district_id: number } | 'unknown' | 'out';
    if (!unit || unit.type !== 'committee' || unit.retired_at) value = 'unknown';
    else {
      const visible = await this.db.selectFrom('unit').select('id').where('id', '=', unit.id).where(pathInScope(this.scope, 'path')).executeTakeFirst();
      value = visible ? unit : 'out';
    }
    this.committees.set(code, value);
    return value;
  }

  private async child(parent: { id: number; path: string; depth: number }, type: UnitType, name: string) {
    let kids = this.children.get(parent.id);
    if (!kids) {
      const rows = await this.db.selectFrom('unit').select(['id', 'name', 'path', 'depth']).where('parent_id', '=', parent.id).where('retired_at', 'is', null).execute();
      kids = new Map(rows.map((r) => [r.name, r]));
      this.children.set(parent.id, kids);
    }
    const found = kids.get(name);
    if (found) return found;
    this.createdUnits++;
    if (!this.create) return null;
    const [id] = await repo.nextIds(this.db, 1);
    const row = { id: id!, district_id: this.districtId, parent_id: parent.id, type, kind: null, code: null, name, path: childPath(parent.path, id!), depth: parent.depth + 1, attributes: {} };
    await repo.insert(this.db, row);
    await repo.addHistory(this.db, { district_id: this.districtId, unit_id: id!, kind: 'created', before: {}, after: { name, parentId: parent.id, via: 'import' }, reason: null, actor_id: this.actor.id, actor_name: this.actor.name });
    kids.set(name, row);
    return row;
  }
}
