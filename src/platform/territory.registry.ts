import { sql, type Kysely } from 'kysely';
import type { ModuleManifest } from './module.js';
import { RegistryError } from './owned-keys.js';

/**
 * A unit's path copied onto a module's rows ('/1/5/23/': district, street, committee … by id), so that scope is a
 * prefix test on the row itself. The org module rewrites every declared column in the transaction that moves a
 * unit (decision 0017); a module that copies territory and does not declare it keeps the old tree after a move.
 * Paths are made of ids, so a rename or a retirement changes none of them: only names would, and no row copies one.
 */
export interface TerritoryColumn {
  /** A table the declaring module owns. */
  table: string;
  /** The copied path: rows under the moved unit get the new prefix. */
  pathColumn: string;
  /** The unit whose path it is, when the row keeps its id: such a row takes the path from the unit itself. */
  idColumn?: string;
  /** Ids of the units at fixed depths of this path (1: street, 2: committee), kept in step with it. */
  depthIdColumns?: Record<string, number>;
  /**
   * The path column of the same row whose ancestor this one names (the street that dispatches an order placed
   * under it follows the order's place): when that path moves, this one names the unit at its own depth on the
   * new path. Without it, the column is rewritten only when it lies in the moved subtree itself.
   */
  follows?: string;
}

export interface DeclaredTerritory extends TerritoryColumn {
  module: string;
}

const NAME = /^[a-z_][a-z0-9_]*$/;

/** Every module's declarations, checked for shape: the table is the module's own, a followed path is declared too. */
export function territoryColumns(modules: readonly ModuleManifest[]): DeclaredTerritory[] {
  const out: DeclaredTerritory[] = [];
  for (const m of modules) {
    for (const c of m.territory ?? []) {
      const where = `${m.id}: ${c.table}.${c.pathColumn}`;
      const names = [c.table, c.pathColumn, c.idColumn, c.follows, ...Object.keys(c.depthIdColumns ?? {})].filter((n): n is string => n !== undefined);
      const odd = names.find((n) => !NAME.test(n));
      if (odd) throw new RegistryError(`territory column ${where}: "${odd}" is not a plain SQL name / 辖区字段 ${where}：“${odd}”不是合法的 SQL 名称`);
      if (!(m.tables ?? []).includes(c.table)) {
        throw new RegistryError(
          `territory column ${where}: table ${c.table} is not among module ${m.id}'s tables / 辖区字段 ${where}：表 ${c.table} 不属于模块 ${m.id}`,
        );
      }
      for (const [col, depth] of Object.entries(c.depthIdColumns ?? {})) {
        if (!Number.isInteger(depth) || depth < 0)
          throw new RegistryError(`territory column ${where}: depth of ${col} must be a whole number ≥ 0 / 辖区字段 ${where}：${col} 的层级须为非负整数`);
      }
      if (c.follows && c.depthIdColumns)
        throw new RegistryError(
          `territory column ${where} follows ${c.follows}: declare depth ids on the followed path / 辖区字段 ${where}：层级 id 请声明在被跟随的路径上`,
        );
      if (c.follows && !(m.territory ?? []).some((o) => o.table === c.table && o.pathColumn === c.follows && !o.follows)) {
        throw new RegistryError(
          `territory column ${where} follows ${c.follows}, which module ${m.id} does not declare as a path of ${c.table} / 辖区字段 ${where} 跟随的 ${c.follows} 未被声明`,
        );
      }
      out.push({ module: m.id, ...c });
    }
  }
  return out;
}

/**
 * A declared column the database does not have would make every move fail, or, worse, a misspelt one would leave
 * the real column behind: the start stops and names each.
 */
export async function checkTerritoryColumns(db: Kysely<any>, declared: readonly DeclaredTerritory[]): Promise<void> {
  if (!declared.length) return;
  const r = await sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns
    where table_schema = current_schema() and table_name in (${sql.join([...new Set(declared.map((d) => d.table))])})`.execute(db);
  const present = new Set(r.rows.map((x) => `${x.t}.${x.c}`));
  const missing = declared.flatMap((d) =>
    [d.pathColumn, d.idColumn, d.follows, ...Object.keys(d.depthIdColumns ?? {})]
      .filter((c): c is string => c !== undefined && !present.has(`${d.table}.${c}`))
      .map((c) => `${d.table}.${c} (${d.module})`),
  );
  if (missing.length) {
    throw new RegistryError(`declared territory columns missing from the database / 声明的辖区字段在数据库中不存在: ${[...new Set(missing)].join(', ')}`);
  }
}
