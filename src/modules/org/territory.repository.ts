import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DeclaredTerritory } from '../../platform/territory.registry.js';
import { startsWith } from '../../platform/db/like.js';

type Db = Kysely<Database>;

/** The ids at fixed depths of a path, as SET items: '/1/5/23/' has 1 at depth 0, 5 at depth 1 … */
function depthIds(c: DeclaredTerritory, path: RawBuilder<unknown>) {
  return Object.entries(c.depthIdColumns ?? {}).map(([col, depth]) => sql`, ${sql.id(col)} = nullif(split_part(${path}, '/', ${depth + 2}), '')::int`);
}

/**
 * After a subtree of units moved from `oldPath` to `newPath` (the unit rows already rewritten, in the same
 * transaction), brings every module's declared copies of those paths along. Rows that keep the unit's id take
 * the unit's path itself, exact even where a copy had gone stale; the others get the new prefix. Each row is
 * updated once, so the modules' statement triggers (tag counts, order statistics) see one change per row.
 */
export async function followMove(db: Db, declared: readonly DeclaredTerritory[], oldPath: string, newPath: string): Promise<void> {
  const moved = startsWith(newPath);
  const was = startsWith(oldPath);
  for (const c of declared.filter((d) => !d.follows)) {
    const table = sql.table(c.table);
    const path = sql.id(c.pathColumn);
    if (c.idColumn) {
      const own = sql.ref(`${c.table}.${c.pathColumn}`);
      await sql`update ${table} set ${path} = u.path${sql.join(depthIds(c, sql`u.path`), sql``)}
        from unit u
        where u.id = ${sql.ref(`${c.table}.${c.idColumn}`)} and u.path like ${moved} and ${own} is distinct from u.path`.execute(db);
    }
    const rewritten = sql`(${newPath} || substr(${path}, ${oldPath.length + 1}))`;
    await sql`update ${table} set ${path} = ${rewritten}${sql.join(depthIds(c, rewritten), sql``)}
      where ${path} like ${was}`.execute(db);
  }
  // Ancestors named beside a path: the unit at the same depth of the (already rewritten) path they follow.
  for (const c of declared.filter((d) => d.follows)) {
    const path = sql.id(c.pathColumn);
    const followed = sql.id(c.follows!);
    const segments = sql`array_length(string_to_array(${path}, '/'), 1)`;
    const id = c.idColumn ? sql`, ${sql.id(c.idColumn)} = split_part(${followed}, '/', ${segments} - 1)::int` : sql``;
    await sql`update ${sql.table(c.table)}
      set ${path} = array_to_string((string_to_array(${followed}, '/'))[1:${segments} - 1], '/') || '/'${id}
      where ${followed} like ${moved} and ${path} is not null and left(${followed}, length(${path})) <> ${path}`.execute(db);
  }
}
