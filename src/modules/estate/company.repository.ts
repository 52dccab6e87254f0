import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import { contains, startsWith } from '../../platform/db/like.js';
import type { EstateTables } from './estate.schema.js';

type Db = Kysely<Database>;
export type CompanyRow = Selectable<EstateTables['property_company']>;

/** The register is the district's: anyone entitled in the district reads all of it; an administrator every district's. */
function visible(db: Db, scope: Scope) {
  const q = db.selectFrom('property_company');
  return scope.all ? q : q.where('property_company.district_id', '=', scope.districtId ?? -1);
}

export const findVisible = (db: Db, scope: Scope, id: number) => visible(db, scope).selectAll().where('id', '=', id).executeTakeFirst();

export const findByCode = (db: Db, districtId: number, code: string) =>
  db.selectFrom('property_company').selectAll().where('district_id', '=', districtId).where('credit_code', '=', code).executeTakeFirst();

/** Companies by name or credit code, with how many compounds in the caller's scope each serves today. */
export async function list(db: Db, scope: Scope, q: { q?: string; today: string; limit: number; offset: number }) {
  let query = visible(db, scope);
  if (q.q) {
    const text = q.q;
    query = query.where((eb) =>
      eb.or([eb('property_company.name', 'like', contains(text)), eb('property_company.credit_code', 'like', startsWith(text.toUpperCase()))]),
    );
  }
  const rows = await query
    .selectAll('property_company')
    .select(sql<number>`count(*) over ()::int`.as('total'))
    .select((eb) =>
      eb
        .selectFrom('property_contract as k')
        .whereRef('k.company_id', '=', 'property_company.id')
        .where('k.start_date', '<=', q.today)
        .where('k.end_date', '>=', q.today)
        .where(pathInScope(scope, 'k.unit_path'))
        .select(sql<number>`count(*)::int`.as('n'))
        .as('serving'),
    )
    .orderBy('property_company.name')
    .orderBy('property_company.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const total = rows.length
    ? rows[0]!.total
    : q.offset === 0
      ? 0
      : Number((await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n);
  return { items: rows, total };
}

export const insert = (db: Db, row: Insertable<EstateTables['property_company']>) =>
  db.insertInto('property_company').values(row).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, patch: Updateable<EstateTables['property_company']>) =>
  db
    .updateTable('property_company')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const remove = (db: Db, id: number) => db.deleteFrom('property_company').where('id', '=', id).execute();

export const contractCount = async (db: Db, id: number) =>
  (await db.selectFrom('property_contract').select(sql<number>`count(*)::int`.as('n')).where('company_id', '=', id).executeTakeFirstOrThrow()).n;

export const namesOf = (db: Db, ids: number[]) =>
  ids.length
    ? db.selectFrom('property_company').select(['id', 'name', 'credit_code', 'contact_name', 'phone_masked']).where('id', 'in', ids).execute()
    : Promise.resolve([]);
