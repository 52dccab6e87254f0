import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import * as repo from './unit.repository.js';

export type CommitteeLookup = { ok: true; id: number; path: string } | { ok: false; problem: 'COMMITTEE_UNKNOWN' | 'COMMITTEE_OUT_OF_SCOPE' };

/**
 * Finds the committee an address names by its code, once per code: an import of a whole district asks the
 * database once per committee. A committee outside the caller's scope is refused, not created under.
 */
export class CommitteeResolver {
  private readonly cache = new Map<string, CommitteeLookup>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly districtId: number,
    private readonly scope: Scope,
  ) {}

  async resolve(code: string): Promise<CommitteeLookup> {
    const cached = this.cache.get(code);
    if (cached) return cached;
    const unit = await repo.findByCode(this.db, this.districtId, code);
    let value: CommitteeLookup;
    if (unit?.type !== 'committee' || unit.retired_at) value = { ok: false, problem: 'COMMITTEE_UNKNOWN' };
    else {
      const visible = await this.db.selectFrom('unit').select('id').where('id', '=', unit.id).where(pathInScope(this.scope, 'path')).executeTakeFirst();
      value = visible ? { ok: true, id: unit.id, path: unit.path } : { ok: false, problem: 'COMMITTEE_OUT_OF_SCOPE' };
    }
    this.cache.set(code, value);
    return value;
  }
}

/**
 * Houses for the addresses of a staging table, set-based: a district's file names hundreds of thousands of
 * houses, and one join finds them all where one query per building took minutes. The table must have the
 * columns committee_id, compound, building, room (the address as written, committee already checked against
 * the caller's scope) and house_id, unit_path (filled here).
 *
 * With `create`, the compounds, buildings and houses the territory lacks are created under their committee,
 * each with its history, and every row gets its house. Without it, nothing is written to the territory and the
 * rows whose house does not exist yet keep a null house_id. Returns how many units were (or would be) created.
 */
export async function resolveStagedHouses(
  db: Kysely<Database>,
  opts: { table: string; districtId: number; create: boolean; actor: { id: number | null; name: string } },
): Promise<number> {
  const t = sql.table(opts.table);
  // A staged row's compound (c), building (b) and house (h), by name under their parent, as written in the file.
  const compoundOfRow = sql`c.parent_id = s.committee_id and c.type = 'compound' and c.name = s.compound and c.retired_at is null`;
  const buildingOfRow = sql`b.parent_id = c.id and b.name = s.building and b.retired_at is null`;
  const houseOfRow = sql`h.parent_id = b.id and h.name = s.room and h.retired_at is null`;
  const fill = () =>
    sql`update ${t} s set house_id = h.id, unit_path = h.path
        from unit c, unit b, unit h where ${compoundOfRow} and ${buildingOfRow} and ${houseOfRow} and s.house_id is null`.execute(db);
  await fill();
  const missing = await sql<{ compounds: number; buildings: number; houses: number }>`
    select count(distinct (s.committee_id, s.compound)) filter (where c.id is null)::int as compounds,
           count(distinct (s.committee_id, s.compound, s.building)) filter (where b.id is null)::int as buildings,
           count(distinct (s.committee_id, s.compound, s.building, s.room))::int as houses
    from ${t} s
    left join unit c on ${compoundOfRow}
    left join unit b on ${buildingOfRow}
    where s.house_id is null and s.committee_id is not null`.execute(db);
  const m = missing.rows[0]!;
  const created = m.compounds + m.buildings + m.houses;
  if (!opts.create || created === 0) return created;

  // Level by level, each new unit's path is its parent's path and its own id, as everywhere in the tree.
  const level = async (type: 'compound' | 'building' | 'house', wanted: ReturnType<typeof sql>) => {
    await sql`
      with wanted as (${wanted}),
      fresh as (select w.parent_id, w.name, nextval(pg_get_serial_sequence('unit', 'id'))::int as id from wanted w),
      made as (
        insert into unit (id, district_id, parent_id, type, name, path, depth, attributes)
        select f.id, ${opts.districtId}::int, f.parent_id, ${type}, f.name, p.path || f.id || '/', p.depth + 1, '{}'::jsonb
        from fresh f join unit p on p.id = f.parent_id
        returning id, parent_id, name)
      insert into unit_history (district_id, unit_id, kind, before, after, actor_id, actor_name)
      select ${opts.districtId}::int, id, 'created', '{}'::jsonb, jsonb_build_object('name', name, 'parentId', parent_id, 'via', 'import'), ${opts.actor.id}::int, ${opts.actor.name}
      from made`.execute(db);
  };
  await level(
    'compound',
    sql`
    select distinct s.committee_id as parent_id, s.compound as name from ${t} s
    where s.house_id is null and s.committee_id is not null
      and not exists (select 1 from unit c where ${compoundOfRow})`,
  );
  await level(
    'building',
    sql`
    select distinct c.id as parent_id, s.building as name from ${t} s
    join unit c on ${compoundOfRow}
    where s.house_id is null and not exists (select 1 from unit b where ${buildingOfRow})`,
  );
  await level(
    'house',
    sql`
    select distinct b.id as parent_id, s.room as name from ${t} s
    join unit c on ${compoundOfRow}
    join unit b on ${buildingOfRow}
    where s.house_id is null and not exists (select 1 from unit h where ${houseOfRow})`,
  );
  await fill();
  return created;
}
