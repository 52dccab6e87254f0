import { createReadStream, createWriteStream, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Kysely, Selectable } from 'kysely';
import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { Label } from '../../platform/i18n.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { todayInShanghai } from '../../platform/time.js';
import { CommitteeResolver, resolveStagedHouses } from '../org/index.js';
import { readRows } from './import/import.reader.js';
import { mapHeader, RowValidator, type RowError } from './import/import.validator.js';
import { ImportFileError } from './import/import.messages.js';
import {
  analyzeMerged,
  analyzeStage,
  appendStage,
  createStage,
  failUnlockedJobs,
  finishJob,
  IMPORT_HOUSES,
  insertJob,
  jobById,
  lockJob,
  MERGED_TABLES,
  mergePersons,
  mergeTies,
  previewMerge,
  STAGE,
  startJob,
  takeOutOfScope,
} from './import.repository.js';
import { outOfScopeError } from './import/import.messages.js';
import { RawBatch, RowSealError, SEALER_WORKER, sealHere, sealInWorkers, type SealedBatch, type Sealer } from './import/import.sealer.js';
import { availableParallelism } from 'node:os';
import { loadIntoEmptyTables } from '../../platform/db/bulk-load.js';
import { recomputeRuleTags, type RuleTag } from './tag.repository.js';
import { loadTagCatalog } from './tag.catalog.js';
import { refreshTagArrays } from './person.repository.js';
import { PEOPLE } from './people.policy.js';

const KEEP_ERRORS = 1000;

/** Thrown inside the commit transaction to roll it back when the file itself is broken. */
class RolledBack extends Error {
  constructor(readonly result: Awaited<ReturnType<ImportService['pass']>>) {
    super('rolled back');
  }
}
/** Rows staged per statement: large enough to amortise a round trip, small enough to bound memory. */
const STAGE_BATCH = 5000;
/** About 10,000 rows: below this, starting threads costs more than it saves. */
const SEAL_IN_WORKER_FROM = 2 * 2 ** 20;

interface ImportOptions {
  /** Files of this many bytes and more are sealed on worker threads. */
  sealInWorkerFrom: number;
  /** How many sealing threads: one per core, since sealing is most of an import's CPU. */
  sealThreads: number;
  /** The sealing threads' module (a test hands one that fails). */
  sealerEntry: URL;
}

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
  /**
   * Jobs running in this process, with their row as it was when they started: progress is answered from here,
   * since the embedded database serves one transaction at a time and the import holds it.
   */
  /** Phase changes as they happen ('phase', jobId, phase): the CLI reports them while the database works. */
  static readonly phases = new EventEmitter();
  private static live = new Map<number, { job: Selectable<Database['import_job']>; progress: Progress }>();

  constructor(
    private readonly core: Core,
    options: Partial<ImportOptions> = {},
  ) {
    this.options = { sealInWorkerFrom: SEAL_IN_WORKER_FROM, sealThreads: availableParallelism(), sealerEntry: SEALER_WORKER, ...options };
  }

  private readonly options: ImportOptions;

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
      const row = await insertJob(w.db, {
        district_id: actor.scope.districtId!,
        user_id: actor.userId,
        user_name: actor.userName,
        position_id: actor.positionId,
        file_name: file.name.slice(0, 200),
        file_path: path,
        format,
        dry_run: dryRun,
      });
      await w.audit({
        action: dryRun ? 'people.import.check' : 'people.import.start',
        targetType: 'import_job',
        targetId: row.id,
        unitPath: actor.scope.paths[0] ?? null,
        summary: { file: file.name, format },
      });
      return row;
    });
    void this.run(job.id, actor);
    return job.id;
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, PEOPLE.import);
    const running = ImportService.live.get(id);
    const job = running?.job ?? (await jobById(this.core.db, id));
    // One's own imports only (administrators see all): a job's errors show other people's data.
    if (!job || (job.user_id !== actor.userId && !actor.scope.all)) throw notFound('import');
    return { job, live: running?.progress };
  }

  /**
   * Jobs whose process stopped while they ran: their transaction rolled back, so nothing was saved. A running
   * job's transaction holds its advisory lock; a job whose lock is free has no process left (another server
   * or a CLI import still working keeps its own).
   */
  static async failInterrupted(core: Core) {
    await failUnlockedJobs(core.db, {
      zh: '导入过程中服务已停止，未保存任何数据，请重新导入',
      en: 'The service stopped during the import; nothing was saved; import again',
    });
  }

  /** Runs a job to the end; exposed for tests and for the benchmark, which await it. */
  async run(jobId: number, actor: Actor): Promise<void> {
    const db = this.core.db;
    const progress: Progress = { totalRows: 0, okRows: 0, errorRows: 0, phase: 'validating' };
    const job = await startJob(db, jobId);
    ImportService.live.set(jobId, { job, progress });
    try {
      // A dry run reads and checks; a commit does the same in one pass inside one transaction, so a file that
      // turns out broken half-way (or a killed process) rolls back to nothing.
      let check: Awaited<ReturnType<ImportService['pass']>>;
      // The dry run stages in a transaction too (its temporary table lives as long as that), and writes nothing.
      if (job.dry_run) check = await db.transaction().execute((trx) => this.pass(trx, job, actor, progress, false));
      else {
        try {
          check = await this.core.mutate(actor, async (w) => {
            const r = await this.pass(w.db, job, actor, progress, true);
            if (r.fileError) throw new RolledBack(r);
            await w.audit({
              action: 'people.import.commit',
              targetType: 'import_job',
              targetId: jobId,
              unitPath: actor.scope.paths[0] ?? null,
              summary: { rows: r.okRows, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, createdUnits: r.createdUnits },
            });
            return r;
          });
        } catch (e) {
          if (!(e instanceof RolledBack)) throw e;
          check = { ...e.result, inserted: 0, updated: 0, unchanged: 0, createdUnits: 0 };
        }
      }
      await finishJob(db, jobId, {
        status: check.fileError ? 'failed' : 'done',
        total_rows: check.totalRows,
        ok_rows: check.okRows,
        error_rows: check.errorRows,
        inserted: check.inserted,
        updated: check.updated,
        unchanged: check.unchanged,
        created_units: check.createdUnits,
        errors: JSON.stringify(check.errors),
        failure: check.fileError ? JSON.stringify(check.fileError) : null,
      });
    } catch (e) {
      const failure: Label =
        e instanceof ImportFileError
          ? e.label
          : { zh: `导入失败，未保存任何数据：${(e as Error).message}`, en: `Import failed; nothing was saved: ${(e as Error).message}` };
      await finishJob(db, jobId, { status: 'failed', failure: JSON.stringify(failure) });
    } finally {
      ImportService.live.delete(jobId);
      if (!job.dry_run) {
        try {
          unlinkSync(job.file_path);
        } catch {
          /* already gone */
        }
      }
    }
  }

  /**
   * One pass over the file, inside a transaction: every row validated, the valid ones sealed (numbers
   * encrypted and hashed, names keyed) and staged in a temporary table; then houses found (or, when writing,
   * created) and persons merged set-based. A dry run stops before the merge and reports what it would do.
   */
  private async pass(
    db: Kysely<Database>,
    job: { id: number; district_id: number; file_path: string; format: 'csv' | 'xlsx' },
    actor: Actor,
    progress: Progress,
    write: boolean,
  ) {
    const crypto = this.core.crypto;
    const today = todayInShanghai();
    await lockJob(db, job.id);
    const validator = new RowValidator({ today });
    const committees = new CommitteeResolver(db, job.district_id, actor.scope);
    const errors: RowError[] = [];
    let columns: (string | null)[] | null = null;
    let fileError: Label | null = null;
    let persons = 0;
    // Rows that passed validation but not the committee check: a later row of the same person takes their place.
    const unstaged = new Set<number>();
    await createStage(db);
    // A large file is sealed on worker threads, one per core, while this one reads and checks the rows that
    // follow and the database stages the batches already sealed: reading, sealing and staging overlap.
    const threaded = statSync(job.file_path).size >= this.options.sealInWorkerFrom;
    const sealer: Sealer = threaded ? sealInWorkers(crypto.forWorker(), this.options.sealThreads, this.options.sealerEntry) : sealHere(crypto);
    // Back-pressure: at most two batches per thread are between reading and staging, which bounds memory
    // however fast the file reads; the reader waits for the oldest to be staged.
    const depth = threaded ? 2 * this.options.sealThreads : 2;
    let batch = new RawBatch();
    let staged: Promise<unknown> = Promise.resolve();
    let waiting: Promise<unknown>[] = [];
    const ship = async () => {
      if (!batch.size) return;
      const sealed = sealer.seal(batch).catch((e: unknown): Promise<SealedBatch> => {
        throw e instanceof RowSealError ? new ImportFileError('IMPORT_SEAL_FAILED', { row: e.rows, reason: e.reason }) : e;
      });
      batch = new RawBatch();
      const previous = staged;
      // Staged in the file's order, each batch once it is sealed and the one before it is in.
      staged = sealed.then(async (s) => {
        await previous;
        await appendStage(db, s);
      });
      staged.catch(() => undefined);
      waiting = [...waiting, staged].slice(-depth);
      if (waiting.length === depth) await waiting[0];
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
            fileError = {
              zh: '表头不符合模板，请下载模板核对列名',
              en: 'The header does not match the template; download the template and check the column names',
            };
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
        const committee = await committees.resolve(a.committeeCode);
        if (!committee.ok) {
          progress.errorRows++;
          unstaged.add(item.rowNumber);
          const msg = HOUSE_PROBLEM[committee.problem]!;
          keep([
            {
              row: item.rowNumber,
              field: 'committeeCode',
              column: { zh: '居委会编码', en: 'Committee code' },
              code: committee.problem,
              message: {
                zh: `第 ${item.rowNumber} 行「居委会编码」：${msg.zh.replace('{code}', a.committeeCode)}`,
                en: `Row ${item.rowNumber}, "Committee code": ${msg.en.replace('{code}', a.committeeCode)}`,
              },
              value: a.committeeCode,
            },
          ]);
          continue;
        }
        progress.okRows++;
        const first = r.repeatOf === undefined || unstaged.delete(r.repeatOf);
        if (first) persons++;
        batch.push(item.rowNumber, first, committee.id, r.row);
        if (batch.size >= STAGE_BATCH) await ship();
      }
      if (!fileError) {
        await ship();
        await staged;
      }
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      fileError = e.label;
    } finally {
      await staged.catch(() => undefined);
      await sealer.close();
    }
    if (!fileError) {
      ImportService.phases.emit('phase', job.id, 'scope');
      await analyzeStage(db);
      // Before anything is counted or written: a row may only touch persons the importer may see.
      const refused = await takeOutOfScope(db, job.district_id, actor.scope);
      for (const r of refused) {
        progress.okRows--;
        progress.errorRows++;
        if (r.is_first) persons--;
      }
      keep(refused.map(outOfScopeError));
      errors.sort((a, b) => a.row - b.row);
    }
    const result = {
      totalRows: progress.totalRows,
      okRows: progress.okRows,
      errorRows: progress.errorRows,
      errors,
      fileError,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      createdUnits: 0,
    };
    if (fileError) return result;
    progress.phase = 'writing';
    ImportService.phases.emit('phase', job.id, 'writing');
    ImportService.phases.emit('phase', job.id, 'houses');
    const createdUnits = await resolveStagedHouses(db, {
      table: STAGE,
      districtId: job.district_id,
      create: write,
      actor: { id: actor.userId || null, name: actor.userName },
    });
    if (!write) return { ...result, ...(await previewMerge(db, job.district_id)), createdUnits };
    const catalog = await loadTagCatalog(db, job.district_id);
    let merged = { inserted: 0, updated: 0 };
    // A first load (nothing there yet) writes its rows before their indexes and foreign keys are built.
    await loadIntoEmptyTables(db, MERGED_TABLES, async () => {
      ImportService.phases.emit('phase', job.id, 'persons');
      merged = await mergePersons(db, job.district_id, catalog.rules, today);
      if (merged.inserted > 1000) await analyzeMerged(db, 'persons');
      ImportService.phases.emit('phase', job.id, 'ties');
      await mergeTies(db, job.district_id);
      if (progress.okRows > 1000) await analyzeMerged(db, 'ties');
      ImportService.phases.emit('phase', job.id, 'tags');
      await this.recompute(db, job.district_id, catalog.rules, today);
      ImportService.phases.emit('phase', job.id, 'indexes');
    });
    ImportService.phases.emit('phase', job.id, 'commit');
    const { inserted, updated } = merged;
    return { ...result, inserted, updated, unchanged: persons - inserted - updated, createdUnits };
  }

  /** Rule tags of the people already there whom the file moved in with, or away from (new ones came tagged). */
  private async recompute(db: Kysely<Database>, districtId: number, rules: RuleTag[], today: string) {
    const changed = await recomputeRuleTags(db, districtId, rules, today, { table: IMPORT_HOUSES });
    await refreshTagArrays(db, changed);
  }
}
