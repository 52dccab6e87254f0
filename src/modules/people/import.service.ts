import { createReadStream, createWriteStream, mkdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { Label } from '../../platform/i18n.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { HouseResolver } from '../org/index.js';
import { readRows } from './import/import.reader.js';
import { mapHeader, RowValidator, type RowError } from './import/import.validator.js';
import { ImportFileError } from './import/import.messages.js';
import { personColumns } from './person.columns.js';
import { recomputeRuleTags } from './tag.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { refreshAllTagArrays, refreshTagArrays } from './person.repository.js';
import { PEOPLE } from './people.policy.js';
import type { PersonRow } from './people.types.js';

const KEEP_ERRORS = 1000;

/** Thrown inside the commit transaction to roll it back when the file itself is broken. */
class RolledBack extends Error {
  constructor(readonly result: Awaited<ReturnType<ImportService['pass']>>) {
    super('rolled back');
  }
}
const BATCH = 1000;

interface Progress {
  totalRows: number;
  okRows: number;
  errorRows: number;
  phase: 'validating' | 'writing';
}

const HOUSE_PROBLEM: Record<string, Label> = {
  COMMITTEE_UNKNOWN: { zh: '本区没有编码为 {code} 的居委会', en: 'No committee with code {code} in this district' },
  COMMITTEE_OUT_OF_SCOPE: { zh: '居委会 {code} 不在您的管辖范围内', en: 'Committee {code} is outside your scope' },
};

/**
 * The database half of the people import: a job per upload, a validation pass that writes nothing, and a
 * commit pass that writes every valid row in one transaction, so that a failure or a killed process leaves
 * nothing half-written. Re-importing the same file changes nothing: rows are upserted by document number.
 */
export class ImportService {
  private static progress = new Map<number, Progress>();

  constructor(private readonly core: Core) {}

  async start(actor: Actor, file: { name: string; stream: NodeJS.ReadableStream }, dryRun: boolean) {
    this.core.assert(actor, PEOPLE.import);
    if (!actor.scope.districtId) throw notFound('district');
    const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : /\.csv$/i.test(file.name) ? 'csv' : null;
    if (!format) throw badRequest('IMPORT_FORMAT', { name: file.name });
    const dir = join(this.core.config.dataDir, 'imports');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${randomUUID()}.${format}`);
    await pipeline(file.stream, createWriteStream(path));
    const job = await this.core.mutate(actor, async (w) => {
      const row = await w.db
        .insertInto('import_job')
        .values({ district_id: actor.scope.districtId!, user_id: actor.userId, user_name: actor.userName, position_id: actor.positionId, file_name: file.name.slice(0, 200), file_path: path, format, dry_run: dryRun })
        .returningAll()
        .executeTakeFirstOrThrow();
      await w.audit({ action: dryRun ? 'people.import.check' : 'people.import.start', targetType: 'import_job', targetId: row.id, unitPath: actor.scope.paths[0] ?? null, summary: { file: file.name, format } });
      return row;
    });
    void this.run(job.id, actor);
    return job.id;
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.import);
    const job = await this.core.db.selectFrom('import_job').selectAll().where('id', '=', id).executeTakeFirst();
    // One's own imports only (administrators see all): a job's errors show other people's data.
    if (!job || (job.user_id !== actor.userId && !actor.scope.all)) throw notFound('import');
    const live = ImportService.progress.get(id);
    return { job, live };
  }

  /** Jobs that were running when the process stopped: their transaction rolled back, so nothing was saved. */
  static async failInterrupted(core: Core) {
    await core.db
      .updateTable('import_job')
      .set({ status: 'failed', finished_at: new Date(), failure: JSON.stringify({ zh: '导入过程中服务已停止，未保存任何数据，请重新导入', en: 'The service stopped during the import; nothing was saved; import again' }) })
      .where('status', 'in', ['queued', 'running'])
      .execute();
  }

  /** Runs a job to the end; exposed for tests and for the benchmark, which await it. */
  async run(jobId: number, actor: Actor): Promise<void> {
    const db = this.core.db;
    const job = await db.selectFrom('import_job').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    const progress: Progress = { totalRows: 0, okRows: 0, errorRows: 0, phase: 'validating' };
    ImportService.progress.set(jobId, progress);
    await db.updateTable('import_job').set({ status: 'running', started_at: new Date() }).where('id', '=', jobId).execute();
    try {
      // A dry run reads and checks; a commit does the same in one pass inside one transaction, so a file that
      // turns out broken half-way (or a killed process) rolls back to nothing.
      let check: Awaited<ReturnType<ImportService['pass']>>;
      if (job.dry_run) check = await this.pass(db, job, actor, progress, false);
      else {
        progress.phase = 'writing';
        try {
          check = await this.core.mutate(actor, async (w) => {
            const r = await this.pass(w.db, job, actor, progress, true);
            if (r.fileError) throw new RolledBack(r);
            await w.audit({ action: 'people.import.commit', targetType: 'import_job', targetId: jobId, unitPath: actor.scope.paths[0] ?? null, summary: { rows: r.okRows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, createdUnits: r.createdUnits } });
            return r;
          });
        } catch (e) {
          if (!(e instanceof RolledBack)) throw e;
          check = { ...e.result, inserted: 0, updated: 0, unchanged: 0, createdUnits: 0 };
        }
      }
      const counts = { inserted: check.inserted, updated: check.updated, unchanged: check.unchanged, createdUnits: check.createdUnits };
      await db
        .updateTable('import_job')
        .set({
          status: check.fileError ? 'failed' : 'done', finished_at: new Date(), total_rows: check.totalRows, ok_rows: check.okRows, error_rows: check.errorRows,
          inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, created_units: counts.createdUnits,
          errors: JSON.stringify(check.errors), failure: check.fileError ? JSON.stringify(check.fileError) : null,
        })
        .where('id', '=', jobId)
        .execute();
    } catch (e) {
      const failure: Label = e instanceof ImportFileError ? e.label : { zh: `导入失败，未保存任何数据：${(e as Error).message}`, en: `Import failed; nothing was saved: ${(e as Error).message}` };
      await db.updateTable('import_job').set({ status: 'failed', finished_at: new Date(), failure: JSON.stringify(failure) }).where('id', '=', jobId).execute();
    } finally {
      ImportService.progress.delete(jobId);
      if (!job.dry_run) {
        try {
          unlinkSync(job.file_path);
        } catch {
          /* already gone */
        }
      }
    }
  }

  /** One pass over the file: validates every row; when writing, upserts the valid ones in batches. */
  private async pass(db: Kysely<Database>, job: { id: number; district_id: number; file_path: string; format: 'csv' | 'xlsx' }, actor: Actor, progress: Progress, write: boolean) {
    const today = todayInShanghai();
    const validator = new RowValidator({ today });
    const resolver = new HouseResolver(db, job.district_id, actor.scope, { id: actor.userId || null, name: actor.userName }, write);
    const errors: RowError[] = [];
    let columns: (string | null)[] | null = null;
    let fileError: Label | null = null;
    const out = { inserted: 0, updated: 0, unchanged: 0 };
    let batch: Array<{ row: PersonRow; houseId: number; path: string }> = [];
    const touchedHouses = new Set<number>();
    if (write) await sql`create temp table if not exists import_tie (person_id int, house_id int, unit_path text, head_hash text, relation_to_head text, since date) on commit drop`.execute(db);
    const flush = async () => {
      if (!batch.length) return;
      const r = await this.upsert(db, job.district_id, batch);
      out.inserted += r.inserted;
      out.updated += r.updated;
      out.unchanged += r.unchanged;
      batch = [];
    };
    const keep = (list: RowError[]) => {
      for (const e of list) if (errors.length < KEEP_ERRORS) errors.push(e);
    };
    try {
      for await (const item of readRows(createReadStream(job.file_path), job.format)) {
        if ('header' in item) {
          const mapping = mapHeader(item.header, item.rowNumber);
          if (!mapping.ok) {
            keep(mapping.errors);
            fileError = { zh: '表头不符合模板，请下载模板核对列名', en: 'The header does not match the template; download the template and check the column names' };
            break;
          }
          columns = mapping.columns;
          continue;
        }
        progress.totalRows++;
        const r = validator.validate(item.rowNumber, item.cells, columns!);
        if (!r.ok) {
          progress.errorRows++;
          keep(r.errors);
          continue;
        }
        const a = r.row.address;
        const house = await resolver.resolve(a.committeeCode, a.compound, a.building, a.room);
        if (!house.ok) {
          progress.errorRows++;
          const msg = HOUSE_PROBLEM[house.problem]!;
          keep([{ row: item.rowNumber, field: 'committeeCode', column: { zh: '居委会编码', en: 'Committee code' }, code: house.problem, message: { zh: `第 ${item.rowNumber} 行「居委会编码」：${msg.zh.replace('{code}', a.committeeCode)}`, en: `Row ${item.rowNumber}, "Committee code": ${msg.en.replace('{code}', a.committeeCode)}` }, value: a.committeeCode }]);
          continue;
        }
        progress.okRows++;
        if (write) {
          batch.push({ row: r.row, houseId: house.houseId, path: house.path });
          touchedHouses.add(house.houseId);
          if (batch.length >= BATCH) await flush();
        }
      }
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      fileError = e.label;
    }
    if (write) {
      await flush();
      // Thousands of rows just written in this transaction: without fresh statistics the planner still
      // believes the tables empty and joins them row by row.
      if (progress.okRows > 1000) await sql`analyze person, person_tag, person_house, household, household_member, import_tie`.execute(db);
      await this.households(db, job.district_id);
      await this.recompute(db, job.district_id, [...touchedHouses]);
    }
    return { ...out, totalRows: progress.totalRows, okRows: progress.okRows, errorRows: progress.errorRows, errors, fileError, createdUnits: resolver.createdUnits };
  }

  /** Inserts new persons and updates changed ones, by document number; returns what happened to each. */
  private async upsert(db: Kysely<Database>, districtId: number, batch: Array<{ row: PersonRow; houseId: number; path: string }>) {
    const crypto = this.core.crypto;
    const hashed = batch.map((b) => ({ ...b, hash: crypto.lookupHash(b.row.person.docNumber), phoneHash: b.row.person.phone ? crypto.lookupHash(b.row.person.phone) : null }));
    const existing = new Map(
      (await db.selectFrom('person').select(['id', 'doc_hash', 'name', 'gender', 'birth_date', 'ethnicity', 'nationality', 'residence', 'house_id', 'phone_hash', 'doc_type']).where('district_id', '=', districtId).where('doc_hash', 'in', hashed.map((h) => h.hash)).execute()).map((r) => [r.doc_hash, r]),
    );
    const fresh = hashed.filter((h) => !existing.has(h.hash));
    const changed = hashed.filter((h) => {
      const e = existing.get(h.hash);
      const p = h.row.person;
      return e && (e.name !== p.name || e.gender !== p.gender || e.birth_date !== p.birthDate || e.ethnicity !== p.ethnicity || e.nationality !== p.nationality || e.residence !== p.residence || e.house_id !== h.houseId || e.phone_hash !== h.phoneHash || e.doc_type !== p.docType);
    });
    const rowOf = (h: (typeof hashed)[number]) => ({ district_id: districtId, ...personColumns(crypto, h.row.person, { id: h.houseId, path: h.path }) });
    const ids = new Map<string, number>();
    for (const [hash, e] of existing) ids.set(hash, e.id);
    if (fresh.length) {
      // One file may name the same person twice only if the validator let it through (it does not): dedupe anyway.
      const rows = [...new Map(fresh.map((f) => [f.hash, f])).values()].map(rowOf);
      const col = <K extends keyof (typeof rows)[number]>(k: K) => sql.val(rows.map((r) => r[k]));
      // Column arrays rather than a VALUES list: twenty parameters instead of twenty thousand per batch.
      const inserted = await sql<{ id: number; doc_hash: string }>`
        insert into person (district_id, name, name_pinyin, name_initials, doc_type, doc_hash, doc_enc, doc_masked, doc_last4, gender, birth_date,
                            ethnicity, nationality, phone_hash, phone_enc, phone_masked, phone_last4, residence, house_id, unit_path)
        select * from unnest(${col('district_id')}::int[], ${col('name')}::text[], ${col('name_pinyin')}::text[], ${col('name_initials')}::text[],
                             ${col('doc_type')}::text[], ${col('doc_hash')}::text[], ${col('doc_enc')}::text[], ${col('doc_masked')}::text[], ${col('doc_last4')}::text[],
                             ${col('gender')}::text[], ${col('birth_date')}::date[], ${col('ethnicity')}::text[], ${col('nationality')}::text[], ${col('phone_hash')}::text[],
                             ${col('phone_enc')}::text[], ${col('phone_masked')}::text[], ${col('phone_last4')}::text[], ${col('residence')}::text[], ${col('house_id')}::int[], ${col('unit_path')}::text[])
        returning id, doc_hash`.execute(db);
      for (const r of inserted.rows) ids.set(r.doc_hash, r.id);
    }
    for (const h of changed) {
      const { district_id: _d, doc_hash: _h, ...patch } = rowOf(h);
      await db.updateTable('person').set({ ...patch, updated_at: new Date() }).where('id', '=', ids.get(h.hash)!).execute();
    }
    await sql`insert into person_house (district_id, person_id, house_id, relation, since, unit_path)
              select ${districtId}::int, * from unnest(${sql.val(hashed.map((h) => ids.get(h.hash)!))}::int[], ${sql.val(hashed.map((h) => h.houseId))}::int[],
                                        ${sql.val(hashed.map((h) => h.row.relation))}::text[], ${sql.val(hashed.map((h) => h.row.since))}::date[], ${sql.val(hashed.map((h) => h.path))}::text[])
              on conflict (person_id, house_id, relation) where until is null do nothing`.execute(db);
    const tieRows = hashed.map((h) => ({
      person_id: ids.get(h.hash)!, house_id: h.houseId, unit_path: h.path,
      head_hash: h.row.headDocNumber ? crypto.lookupHash(h.row.headDocNumber) : h.hash, relation_to_head: h.row.relationToHead ?? (h.row.headDocNumber ? null : '户主'), since: h.row.since,
    }));
    await sql`insert into import_tie (person_id, house_id, unit_path, head_hash, relation_to_head, since)
              select * from unnest(${sql.val(tieRows.map((t) => t.person_id))}::int[], ${sql.val(tieRows.map((t) => t.house_id))}::int[], ${sql.val(tieRows.map((t) => t.unit_path))}::text[],
                                   ${sql.val(tieRows.map((t) => t.head_hash))}::text[], ${sql.val(tieRows.map((t) => t.relation_to_head))}::text[], ${sql.val(tieRows.map((t) => t.since))}::date[])`.execute(db);
    return { inserted: fresh.length, updated: changed.length, unchanged: hashed.length - fresh.length - changed.length };
  }

  /** Households from the imported ties, set-based: a head's household per house, members joined to it. */
  private async households(db: Kysely<Database>, districtId: number) {
    await sql`insert into house_info (house_id, district_id, unit_path)
              select distinct house_id, ${districtId}::int, unit_path from import_tie on conflict (house_id) do nothing`.execute(db);
    await sql`insert into household (district_id, house_id, head_person_id, unit_path)
              select distinct ${districtId}::int, t.house_id, head.id, t.unit_path
              from import_tie t join person head on head.district_id = ${districtId} and head.doc_hash = t.head_hash
              where not exists (select 1 from household h where h.house_id = t.house_id and h.head_person_id = head.id and h.dissolved_at is null)`.execute(db);
    await sql`insert into household_member (household_id, person_id, relation_to_head, since)
              select h.id, t.person_id, t.relation_to_head, t.since
              from import_tie t
              join person head on head.district_id = ${districtId} and head.doc_hash = t.head_hash
              join household h on h.house_id = t.house_id and h.head_person_id = head.id and h.dissolved_at is null
              on conflict (household_id, person_id) do update set relation_to_head = excluded.relation_to_head`.execute(db);
  }

  private async recompute(db: Kysely<Database>, districtId: number, houseIds: number[]) {
    const catalog = await loadTagCatalog(db, districtId);
    // Past a few thousand houses, one district-wide pass is cheaper than a long list of ids.
    if (houseIds.length > 5000) {
      await recomputeRuleTags(db, districtId, catalog.rules, todayInShanghai());
      await refreshAllTagArrays(db, districtId);
    } else {
      const changed = await recomputeRuleTags(db, districtId, catalog.rules, todayInShanghai(), houseIds);
      await refreshTagArrays(db, changed);
    }
  }
}

