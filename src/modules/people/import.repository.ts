import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Label } from '../../platform/i18n.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import { ruleTagArray, type RuleTag } from './tag.repository.js';
import { PERSON_FIELDS, STAGE_COLUMNS, type SealedBatch, type StageColumn } from './import/import.sealer.js';

type Db = Kysely<Database>;

/** The staging table of one import run: a temporary table, private to the transaction, gone at its end. */
export const STAGE = 'import_stage';

export async function createStage(db: Db) {
  // Sorting, hashing and joining a district's file: in memory, for this transaction only, not spilled to disk.
  await sql`set local work_mem = '256MB'`.execute(db);
  // Every join of an import is between large sets, and the planner, misjudging multi-column joins on fresh
  // tables, would pick row-by-row nested loops (minutes instead of seconds): hash and merge joins only.
  await sql`set local enable_nestloop = off`.execute(db);
  // Those disabled plans carry a huge cost, which makes the server compile every statement of the import to
  // machine code (JIT): 0.2–0.7 s each for statements that run once, and their triggers' statements too.
  await sql`set local jit = off`.execute(db);
  const cols = Object.entries(STAGE_COLUMNS)
    .map(([c, t]) => `${c} ${t}`)
    .join(', ');
  await sql.raw(`create temp table ${STAGE} (${cols}, house_id int, unit_path text) on commit drop`).execute(db);
}

/** Appends a sealed batch: one statement of column arrays rather than a VALUES list of thousands of parameters. */
export async function appendStage(db: Db, batch: SealedBatch) {
  const names = Object.keys(STAGE_COLUMNS) as StageColumn[];
  const arrays = names.map((c) => sql`${batch[c]}::${sql.raw(STAGE_COLUMNS[c])}[]`);
  await sql`insert into ${sql.table(STAGE)} (${sql.join(names.map((n) => sql.ref(n)))}) select * from unnest(${sql.join(arrays)})`.execute(db);
}

/** Statistics for the planner: the table was empty a moment ago and now holds the whole file. */
export const analyzeStage = (db: Db) => sql`analyze ${sql.table(STAGE)}`.execute(db);

/** Why a staged row is refused: its own person, its head, or another row of the same person, lies outside scope. */
export interface OutOfScopeRow {
  row_no: number;
  /** The row that carried the person's details: one per person taken out. */
  is_first: boolean;
  field: 'docNumber' | 'headDocNumber';
  /** For a row refused because another row of the same person was: that row. */
  because_of: number | null;
}

/**
 * Takes out of the stage every row that would change or tie in a person registered outside the caller's scope
 * (matched by document number, as the row's person or as its head), and with them every other row of the same
 * person (a person's details travel on their first row). Returns the rows taken out. A file may only write
 * persons its importer may see: the target committee being in scope says nothing about the record matched.
 */
export async function takeOutOfScope(db: Db, districtId: number, scope: Scope): Promise<OutOfScopeRow[]> {
  if (scope.all) return [];
  const stage = sql.table(STAGE);
  const beyond = sql`not coalesce(${pathInScope(scope, 'p.unit_path')}, false)`;
  const r = await sql<OutOfScopeRow>`
    with hit as (
      select distinct on (row_no) row_no, doc_hash, field from (
        select s.row_no, s.doc_hash, 'docNumber' as field, 0 as rank
        from ${stage} s join person p on p.district_id = ${districtId} and p.doc_hash = s.doc_hash where ${beyond}
        union all
        select s.row_no, s.doc_hash, 'headDocNumber', 1
        from ${stage} s join person p on p.district_id = ${districtId} and p.doc_hash = s.head_hash where ${beyond}) x
      order by row_no, rank),
    first_hit as (select doc_hash, min(row_no) as row_no from hit group by doc_hash),
    gone as (
      delete from ${stage} s using first_hit f where s.doc_hash = f.doc_hash
      returning s.row_no, s.doc_hash, s.is_first)
    select g.row_no, g.is_first, coalesce(h.field, 'docNumber') as field, case when h.row_no is null then f.row_no end as because_of
    from gone g
    join first_hit f on f.doc_hash = g.doc_hash
    left join hit h on h.row_no = g.row_no
    order by g.row_no`.execute(db);
  return r.rows;
}

/** What committing would do, without doing it (the dry run's report). */
export async function previewMerge(db: Db, districtId: number) {
  const r = await sql<{ inserted: number; updated: number; unchanged: number }>`
    select count(*) filter (where p.id is null)::int as inserted,
           count(*) filter (where p.id is not null and ${differs()})::int as updated,
           count(*) filter (where p.id is not null and not ${differs()})::int as unchanged
    from ${sql.table(STAGE)} s left join person p on p.district_id = ${districtId} and p.doc_hash = s.doc_hash
    where s.is_first`.execute(db);
  return r.rows[0]!;
}

/** Stored details that the file changes: encrypted values differ at every write, so their hashes decide. */
const differs = () => sql`(p.name, p.gender, p.birth_date, p.ethnicity, p.nationality, p.residence, p.house_id, p.phone_hash, p.doc_type)
  is distinct from (s.name, s.gender, s.birth_date, s.ethnicity, s.nationality, s.residence, s.house_id, s.phone_hash, s.doc_type)`;

/**
 * Writes the persons of the stage: changed ones updated, new ones inserted with their rule tags (高龄,
 * 独居老人 …) already set, by document number (its keyed hash). Every row of the stage has its house by now.
 * Afterwards IMPORT_HOUSES holds every house whose people changed: the file's and those moved out of.
 */
export async function mergePersons(db: Db, districtId: number, rules: RuleTag[], today: string) {
  const stage = sql.table(STAGE);
  await sql`create temp table ${sql.table(IMPORT_HOUSES)} on commit drop as
            select distinct house_id from ${stage} where house_id is not null
            union
            select p.house_id from person p join ${stage} s on s.is_first and p.district_id = ${districtId} and p.doc_hash = s.doc_hash
            where p.house_id is not null and p.house_id is distinct from s.house_id`.execute(db);
  const set = sql.join([...PERSON_FIELDS, 'house_id', 'unit_path'].map((c) => sql`${sql.ref(c)} = s.${sql.ref(c)}`));
  const updated = await sql`
    update person p set ${set}, updated_at = now()
    from ${stage} s
    where s.is_first and p.district_id = ${districtId} and p.doc_hash = s.doc_hash and ${differs()}`.execute(db);
  // Who will live in each house once the file is in: its rows, and those already there whom it does not move.
  await sql`create temp table import_house_size on commit drop as
            select house_id, count(*)::int as n from (
              select s.house_id from ${stage} s where s.is_first and s.residence <> 'registered_away'
              union all
              select p.house_id from person p
              where p.district_id = ${districtId} and p.residence <> 'registered_away' and p.house_id in (select house_id from ${sql.table(IMPORT_HOUSES)})
                and not exists (select 1 from ${stage} s where s.is_first and s.doc_hash = p.doc_hash)) x
            group by house_id`.execute(db);
  await sql`analyze import_house_size`.execute(db);
  const tags = ruleTagArray(rules, today, { birthDate: sql`s.birth_date`, livesAlone: sql`(s.residence <> 'registered_away' and z.n = 1)` });
  const cols = sql.join(['doc_hash', ...PERSON_FIELDS, 'house_id', 'unit_path'].map((c) => sql.ref(c)));
  const colsOfStage = sql.join(['doc_hash', ...PERSON_FIELDS, 'house_id', 'unit_path'].map((c) => sql`s.${sql.ref(c)}`));
  // In house order, so that a committee's people sit together on disk and its lists read few pages. Tagged
  // as they are inserted: tagging a million rows afterwards would write each of them twice.
  const inserted = await sql<{ n: number }>`
    with fresh as (
      insert into person (district_id, ${cols}, tags)
      select ${districtId}::int, ${colsOfStage}, ${tags}
      from ${stage} s left join import_house_size z on z.house_id = s.house_id
      where s.is_first order by s.unit_path, s.row_no
      on conflict (district_id, doc_hash) do nothing
      returning id, house_id, tags),
    tagged as (
      insert into person_tag (district_id, person_id, tag_code, source, start_date)
      select ${districtId}::int, f.id, t.code, 'rule', ${today}::date from fresh f cross join unnest(f.tags) as t(code)
      returning 1),
    settled as (
      -- A house whose people all came in with this file has its tags right already: only houses with
      -- someone who was there before need their rule tags recomputed.
      delete from ${sql.table(IMPORT_HOUSES)} h
      using (select distinct house_id from fresh) f
      where f.house_id = h.house_id
        and not exists (select 1 from person p where p.house_id = h.house_id and p.district_id = ${districtId}))
    select (select count(*) from fresh)::int as n, (select count(*) from tagged)::int as tags`.execute(db);
  return { updated: Number(updated.numAffectedRows ?? 0), inserted: inserted.rows[0]!.n };
}

/** The tables an import's merge writes: in bulk when all are empty (the first load into a new deployment). */
export const MERGED_TABLES = ['person', 'person_tag', 'person_house', 'household', 'household_member', 'house_info'] as const;

/** The temporary table of the houses an import changed, for recomputing their rule tags. */
export const IMPORT_HOUSES = 'import_house';

/** Every row's tie to its house (owner, tenant, family member …), households by their head, house records. */
export async function mergeTies(db: Db, districtId: number) {
  const stage = sql.table(STAGE);
  await sql`insert into house_info (house_id, district_id, unit_path)
            select distinct house_id, ${districtId}::int, unit_path from ${stage} on conflict (house_id) do nothing`.execute(db);
  await sql`insert into person_house (district_id, person_id, house_id, relation, since, unit_path)
            select ${districtId}::int, p.id, s.house_id, s.relation, s.since, s.unit_path
            from ${stage} s join person p on p.district_id = ${districtId} and p.doc_hash = s.doc_hash
            on conflict (person_id, house_id, relation) where until is null do nothing`.execute(db);
  await sql`insert into household (district_id, house_id, head_person_id, unit_path)
            select distinct ${districtId}::int, s.house_id, head.id, s.unit_path
            from ${stage} s join person head on head.district_id = ${districtId} and head.doc_hash = s.head_hash
            where not exists (select 1 from household h where h.house_id = s.house_id and h.head_person_id = head.id and h.dissolved_at is null)`.execute(db);
  await sql`insert into household_member (household_id, person_id, relation_to_head, since)
            select distinct on (h.id, p.id) h.id, p.id, s.relation_to_head, s.since
            from ${stage} s
            join person p on p.district_id = ${districtId} and p.doc_hash = s.doc_hash
            join person head on head.district_id = ${districtId} and head.doc_hash = s.head_hash
            join household h on h.house_id = s.house_id and h.head_person_id = head.id and h.dissolved_at is null
            order by h.id, p.id, s.row_no
            on conflict (household_id, person_id) do update set relation_to_head = excluded.relation_to_head`.execute(db);
}

/** The advisory-lock class of import jobs: a job's transaction holds (JOB_LOCK, job id) while it runs. */
const JOB_LOCK = 0x1e0b;

type ImportJob = Selectable<Database['import_job']>;

export const insertJob = (db: Db, values: Insertable<Database['import_job']>) =>
  db.insertInto('import_job').values(values).returningAll().executeTakeFirstOrThrow();

export const jobById = (db: Db, id: number) => db.selectFrom('import_job').selectAll().where('id', '=', id).executeTakeFirst();

export const startJob = (db: Db, id: number): Promise<ImportJob> =>
  db.updateTable('import_job').set({ status: 'running', started_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export async function finishJob(db: Db, id: number, outcome: Updateable<Database['import_job']>) {
  await db
    .updateTable('import_job')
    .set({ ...outcome, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Holds the job's lock until the end of the caller's transaction: the job is alive while it is held. */
export async function lockJob(db: Db, id: number) {
  await sql`select pg_advisory_xact_lock(${JOB_LOCK}, ${id})`.execute(db);
}

/**
 * Marks failed the jobs left queued or running whose lock is free: their process stopped, their transaction
 * rolled back. A job whose lock is held still has a process working on it (another server, a CLI import).
 */
export async function failUnlockedJobs(db: Db, failure: Label) {
  const running = await db.selectFrom('import_job').select('id').where('status', 'in', ['queued', 'running']).execute();
  for (const { id } of running) {
    await db.transaction().execute(async (trx) => {
      const free = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${JOB_LOCK}, ${id}) as free`.execute(trx);
      if (!free.rows[0]!.free) return;
      await trx
        .updateTable('import_job')
        .set({ status: 'failed', finished_at: new Date(), failure: JSON.stringify(failure) })
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'running'])
        .execute();
    });
  }
}

/**
 * Statistics for the planner over tables the merge has just filled in this transaction: without them it
 * still believes them empty and joins them row by row.
 */
export async function analyzeMerged(db: Db, step: 'persons' | 'ties') {
  if (step === 'persons') await sql`analyze person, person_tag`.execute(db);
  else await sql`analyze person_house, household, household_member`.execute(db);
}
