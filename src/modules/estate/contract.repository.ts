import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { EstateTables } from './estate.schema.js';

type Db = Kysely<Database>;
export type ContractRow = Selectable<EstateTables['property_contract']>;

// Any constant: the first key of the per-compound lock that serialises contract changes (two-key advisory lock).
const CONTRACT_LOCK = 7_306_150;

export const findVisible = (db: Db, scope: Scope, id: number) =>
  db.selectFrom('property_contract').selectAll().where('id', '=', id).where(pathInScope(scope, 'unit_path')).executeTakeFirst();

/** All contracts of a compound, latest first, with their company's name and code. */
export const ofCompound = (db: Db, compoundId: number) =>
  db
    .selectFrom('property_contract as k')
    .innerJoin('property_company as c', 'c.id', 'k.company_id')
    .selectAll('k')
    .select(['c.name as company_name', 'c.credit_code', 'c.contact_name', 'c.phone_masked'])
    .where('k.compound_id', '=', compoundId)
    .orderBy('k.start_date', 'desc')
    .execute();

/** Contracts of a company in the caller's scope, latest first. */
export const ofCompany = (db: Db, scope: Scope, companyId: number) =>
  db
    .selectFrom('property_contract')
    .selectAll()
    .where('company_id', '=', companyId)
    .where(pathInScope(scope, 'unit_path'))
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();

/**
 * Holds the compound's contracts still until the transaction ends: the overlap check and the write that
 * follows it see the same contracts, even when two people enter one at the same moment.
 */
export const lockCompound = (db: Db, compoundId: number) => sql`select pg_advisory_xact_lock(${CONTRACT_LOCK}, ${compoundId})`.execute(db);

/** A contract of the compound sharing a day with the range, other than the one being changed. */
export const firstOverlap = (db: Db, compoundId: number, start: string, end: string, exceptId: number | null) =>
  db
    .selectFrom('property_contract as k')
    .innerJoin('property_company as c', 'c.id', 'k.company_id')
    .select(['k.id', 'k.start_date', 'k.end_date', 'c.name as company_name'])
    .where('k.compound_id', '=', compoundId)
    .where('k.start_date', '<=', end)
    .where('k.end_date', '>=', start)
    .where('k.id', '<>', exceptId ?? -1)
    .orderBy('k.start_date')
    .executeTakeFirst();

export const insert = (db: Db, row: Insertable<EstateTables['property_contract']>) =>
  db.insertInto('property_contract').values(row).returningAll().executeTakeFirstOrThrow();

export const update = (db: Db, id: number, patch: Updateable<EstateTables['property_contract']>) =>
  db
    .updateTable('property_contract')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const remove = (db: Db, id: number) => db.deleteFrom('property_contract').where('id', '=', id).execute();
