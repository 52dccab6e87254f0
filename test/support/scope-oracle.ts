import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';
import type { Reader, ScopedResource } from '../../src/platform/module.js';
import type { Scope } from '../../src/platform/scope.js';

/** A record of the resource that the scope reaches (inside) or does not (outside), by the resource's oracle. */
export async function sampleRecord(db: Kysely<Database>, r: ScopedResource, scope: Scope, inside: boolean, who?: Reader): Promise<string | null> {
  const reach = r.reachable(db, scope, who);
  let q = (db as Kysely<any>).selectFrom(r.table).select(sql.ref(r.idColumn).as('id')).where(sql.ref(r.idColumn), inside ? 'in' : 'not in', reach);
  if (r.sampleOrder) q = q.orderBy(sql.ref(r.sampleOrder), 'desc');
  const row = await q.orderBy(sql.ref(r.idColumn)).limit(1).executeTakeFirst();
  return row ? String(row.id) : null;
}

export async function reaches(db: Kysely<Database>, r: ScopedResource, scope: Scope, id: string, who?: Reader): Promise<boolean> {
  const row = await (db as Kysely<any>).selectFrom(r.reachable(db, scope, who).as('x')).select('x.id').where(sql`x.id::text`, '=', id).limit(1).executeTakeFirst();
  return !!row;
}
