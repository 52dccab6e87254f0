import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';
import type { Reader, ScopedResource } from '../../src/platform/module.js';
import type { Scope } from '../../src/platform/scope.js';

/** A record of the resource that the scope reaches (inside) or does not (outside), by the resource's oracle. */
export async function sampleRecord(
  db: Kysely<Database>,
  r: ScopedResource,
  scope: Scope,
  inside: boolean,
  who?: Reader,
  among?: SelectQueryBuilder<Database, any, { id: unknown }>,
): Promise<string | null> {
  const reach = r.reachable(db, scope, who);
  let q = (db as Kysely<any>)
    .selectFrom(r.table)
    .select(sql.ref(r.idColumn).as('id'))
    .where(sql.ref(r.idColumn), inside ? 'in' : 'not in', reach);
  if (among) q = q.where(sql.ref(r.idColumn), 'in', among);
  if (r.sampleOrder) q = q.orderBy(sql.ref(r.sampleOrder), 'desc');
  const row = await q.orderBy(sql.ref(r.idColumn)).limit(1).executeTakeFirst();
  return row ? String(row.id) : null;
}

export async function reaches(db: Kysely<Database>, r: ScopedResource, scope: Scope, id: string, who?: Reader): Promise<boolean> {
  const row = await (db as Kysely<any>)
    .selectFrom(r.reachable(db, scope, who).as('x'))
    .select('x.id')
    .where(sql`x.id::text`, '=', id)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** The stored row as JSON text: equal before and after a request means the request changed nothing of it. */
export async function fingerprint(db: Kysely<Database>, r: ScopedResource, id: string): Promise<string | null> {
  const column = r.idColumn.split('.').pop()!;
  const row = await sql<{ j: string }>`select to_jsonb(t)::text as j from ${sql.table(r.table)} t where ${sql.ref(`t.${column}`)}::text = ${id}`.execute(db);
  return row.rows[0]?.j ?? null;
}
