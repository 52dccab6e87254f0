import { createReadStream, createWriteStream, mkdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { loadConfig } from '../src/platform/config.js';
import { startPlatform, type Platform } from '../src/platform/bootstrap.js';
import { seedDistrict, seededRandom } from '../src/platform/demo.js';
import { buildApp } from '../src/platform/http/app.js';
import { systemActor } from '../src/platform/actor.js';
import { todayInShanghai } from '../src/platform/time.js';
import { modules } from '../src/modules/index.js';
import { DEMO_PASSWORD } from '../src/modules/accounts/accounts.demo.js';
import { housesWithAddress } from '../src/modules/org/index.js';
import { generateHouseholds, generateVisits, type GeneratedHousehold } from '../src/modules/people/people.generator.js';
import { loadTagCatalog } from '../src/modules/people/tag.catalog.js';
import { refreshAllTagArrays } from '../src/modules/people/person.repository.js';
import { ImportService } from '../src/modules/people/import.service.js';
import { MERGED_TABLES } from '../src/modules/people/import.repository.js';
import { RawBatch, sealBatch } from '../src/modules/people/import/import.sealer.js';
import { availableParallelism } from 'node:os';
import { DOC_TYPE_LABEL, RELATION_LABEL, RESIDENCE_LABEL } from '../src/modules/people/people.types.js';
import { benchDatabase, figure, load, percentile, type BenchReport, type Figure } from './bench-kit.js';

const DATA = join(import.meta.dirname, 'data');
const HEADER = [
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '出生日期',
  '民族',
  '联系电话',
  '居住状态',
  '国籍',
  '居委会编码',
  '小区',
  '楼栋',
  '室号',
  '与房屋关系',
  '起始日期',
  '户主证件号码',
  '与户主关系',
];
const csvCell = (v: string | null) => (v === null ? '' : /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * The Jing'an-scale import file, written from the demo generator over the district's houses. Each row is also
 * sealed here as the import seals it (encryption, keyed hashes, pinyin), timed apart: the part of an import's
 * work that protecting personal data adds and no database can take over.
 */
export async function writeImportFile(
  p: Platform,
  districtId: number,
  file: string,
  visitFiles?: VisitFiles,
): Promise<{ rows: number; sealMs: number; visits: number }> {
  const houses = [];
  const paths = new Map<number, string>();
  for (let after = 0; ; ) {
    const page = await housesWithAddress(p.core.db, districtId, after, 20_000);
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    for (const h of page) {
      houses.push({
        houseId: h.id,
        committeeCode: h.committee_code ?? '',
        compound: h.compound,
        building: h.building,
        room: h.house,
        housingType: h.housing_type,
      });
      paths.set(h.id, h.path);
    }
  }
  const visits = visitFiles ? new VisitWriter(districtId, paths, visitFiles) : null;
  const out = createWriteStream(file);
  out.write(`\uFEFF${HEADER.join(',')}\n`);
  let rows = 0;
  let sealMs = 0;
  const sealed = new Set<string>();
  let batch = new RawBatch();
  const seal = () => {
    const t0 = performance.now();
    sealBatch(p.core.crypto, batch);
    sealMs += performance.now() - t0;
    batch = new RawBatch();
  };
  for (const hh of generateHouseholds(houses, { random: seededRandom(7), today: todayInShanghai(), districtCode: '310106' })) {
    if (visits && hh.members.length) await visits.add(hh);
    for (const m of hh.members) {
      // As the import reads the row: a person's later rows (a house owned elsewhere) carry only hashes, and
      // a head's own row names no head.
      const first = !sealed.has(m.person.docNumber);
      sealed.add(m.person.docNumber);
      batch.push(rows + 2, first, 1, { ...m, headDocNumber: m.headDocNumber === m.person.docNumber ? null : m.headDocNumber });
      if (batch.size === 5000) seal();
      const pr = m.person;
      const line = [
        pr.name,
        DOC_TYPE_LABEL[pr.docType].zh,
        pr.docNumber,
        pr.gender === 'male' ? '男' : pr.gender === 'female' ? '女' : '',
        pr.birthDate,
        pr.ethnicity,
        pr.phone,
        RESIDENCE_LABEL[pr.residence].zh,
        pr.nationality,
        m.address.committeeCode,
        m.address.compound,
        m.address.building,
        m.address.room,
        RELATION_LABEL[m.relation].zh,
        m.since,
        m.headDocNumber === pr.docNumber ? '' : m.headDocNumber,
        m.relationToHead,
      ]
        .map(csvCell)
        .join(',');
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      rows++;
    }
  }
  seal();
  out.end();
  await once(out, 'finish');
  return { rows, sealMs, visits: visits ? await visits.end() : 0 };
}

interface VisitFiles {
  visits: string;
  needs: string;
}

const VISIT_COLUMNS = ['id', 'district_id', 'client_id', 'house_id', 'unit_path', 'visited_at', 'kind', 'findings', 'visitor_id', 'visitor_name'];
const NEED_COLUMNS = ['visit_id', 'district_id', 'unit_path', 'text', 'category', 'status'];

/**
 * A year of visits to the households of the import file, as the demo generator makes them (routine visits to
 * most households, care visits to the elderly living alone and the disabled, follow-ups of needs), written as
 * COPY input with their ids so that each need names its visit. A stream of random numbers of its own keeps the
 * import file the same as without visits.
 */
class VisitWriter {
  private readonly random = seededRandom(11);
  private readonly today = todayInShanghai();
  private readonly visits;
  private readonly needs;
  private batch: GeneratedHousehold[] = [];
  private id = 0;

  constructor(
    private readonly districtId: number,
    private readonly paths: Map<number, string>,
    files: VisitFiles,
  ) {
    this.visits = createWriteStream(files.visits);
    this.needs = createWriteStream(files.needs);
  }

  async add(h: GeneratedHousehold) {
    this.batch.push(h);
    if (this.batch.length >= 2000) await this.flush();
  }

  private async flush() {
    const v: string[] = [];
    const n: string[] = [];
    for (const visit of generateVisits(this.batch, { random: this.random, today: this.today })) {
      const id = ++this.id;
      const path = this.paths.get(visit.houseId)!;
      v.push(
        [id, this.districtId, `bench-${id}`, visit.houseId, path, visit.visitedAt, visit.kind, visit.findings, 0, '社区工作者']
          .map((c) => csvCell(String(c)))
          .join(','),
      );
      for (const need of visit.needs) n.push([id, this.districtId, path, need.text, need.category, 'open'].map((c) => csvCell(String(c))).join(','));
    }
    this.batch = [];
    if (v.length && !this.visits.write(`${v.join('\n')}\n`)) await once(this.visits, 'drain');
    if (n.length && !this.needs.write(`${n.join('\n')}\n`)) await once(this.needs, 'drain');
  }

  async end(): Promise<number> {
    await this.flush();
    this.visits.end();
    this.needs.end();
    await Promise.all([once(this.visits, 'finish'), once(this.needs, 'finish')]);
    return this.id;
  }
}

/** COPY of a CSV file into `table`: through a connection of its own on PostgreSQL, handed as a blob to PGlite. */
async function copyFile(p: Platform, url: string | undefined, table: string, columns: string[] | null, file: string, header: boolean) {
  const target = `${table}${columns ? ` (${columns.join(', ')})` : ''}`;
  const options = `format csv${header ? ', header true' : ''}`;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await pipeline(createReadStream(file), client.query(copyFrom(`copy ${target} from stdin with (${options})`)));
    } finally {
      await client.end();
    }
  } else {
    const pglite = (p.handle as unknown as { pglite?: { query: (q: string, a: unknown[], o: unknown) => Promise<unknown> } }).pglite;
    if (!pglite) throw new Error('PGlite handle not exposed');
    await pglite.query(`copy ${target} from '/dev/blob' with (${options})`, [], { blob: new Blob([readFileSync(file)]) });
  }
}

/**
 * What a district holds after a year of use, beyond its residents: the year's visits (and the needs they
 * found) in bulk, each house's last visit as the visit service keeps it, and the tags committees set by hand
 * (party members, volunteers, assistance …) on about 6% of people, as the demo sets them.
 */
async function loadYearOfUse(p: Platform, url: string | undefined, districtId: number, files: VisitFiles) {
  const db = p.core.db;
  await copyFile(p, url, 'visit', VISIT_COLUMNS, files.visits, false);
  await copyFile(p, url, 'visit_need', NEED_COLUMNS, files.needs, false);
  // The ids came with the file: the identity sequences continue after them.
  await sql`select setval(pg_get_serial_sequence('visit', 'id'), (select max(id) from visit))`.execute(db);
  await sql`select setval(pg_get_serial_sequence('visit_need', 'id'), (select coalesce(max(id), 1) from visit_need))`.execute(db);
  await sql`update house_info hi set last_visited_at = v.last
            from (select house_id, max(visited_at) as last from visit where district_id = ${districtId} group by house_id) v
            where hi.house_id = v.house_id`.execute(db);
  const catalog = await loadTagCatalog(db, districtId);
  const manual = catalog.tags
    .filter((t) => t.target === 'person' && !t.rule)
    .slice(0, 40)
    .map((t) => t.code);
  if (manual.length) {
    // Chosen by a hash of the person's id rather than by random(): the same people every run.
    await sql`insert into person_tag (district_id, person_id, tag_code, source, source_ref, start_date)
              select district_id, id, (${sql.val(manual)}::text[])[1 + abs(hashint4(id + 1)) % ${manual.length}], 'manual', 'bench', ${todayInShanghai()}::date
              from person where district_id = ${districtId} and abs(hashint4(id)) % 100 < 6
              on conflict (person_id, tag_code) where end_date is null do nothing`.execute(db);
    await refreshAllTagArrays(db, districtId);
  }
}

/**
 * What the database alone needs to hold an import's result: the rows the import wrote (persons, their tags,
 * ties, households, house records), written again by a raw binary COPY into empty copies of their tables, with
 * the same indexes built after the rows are in (the import's own fastest way). No reading, checking, sealing,
 * house matching or foreign-key check: a floor no import into these tables can go below on this database.
 */
async function tablesFloor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const files = MERGED_TABLES.map((t) => join(DATA, `floor-${t}.bin`));
  try {
    for (const [i, t] of MERGED_TABLES.entries()) {
      await pipeline(client.query(copyTo(`copy ${t} to stdout (format binary)`)), createWriteStream(files[i]!));
      await client.query(`drop table if exists floor_${t}; create table floor_${t} (like ${t} including defaults)`);
    }
    const indexes = await client.query<{ indexdef: string }>(
      'select indexdef from pg_indexes where schemaname = current_schema() and tablename = any($1) order by indexname',
      [[...MERGED_TABLES]],
    );
    await client.query("set maintenance_work_mem = '512MB'");
    const t0 = performance.now();
    for (const [i, t] of MERGED_TABLES.entries())
      await pipeline(createReadStream(files[i]!), client.query(copyFrom(`copy floor_${t} from stdin (format binary)`)));
    for (const { indexdef } of indexes.rows) await client.query(indexdef.replace(/INDEX (\S+) ON (?:\S+\.)?(\S+) /, 'INDEX floor_$1 ON floor_$2 '));
    return performance.now() - t0;
  } finally {
    for (const t of MERGED_TABLES) await client.query(`drop table if exists floor_${t}`);
    await client.end();
    for (const f of files) unlinkSync(f);
  }
}

/** A raw COPY of the same file into a plain table of text columns: the floor any import is measured against. */
async function copyBaseline(p: Platform, file: string, url: string | undefined): Promise<number> {
  await sql.raw(`drop table if exists copy_baseline; create table copy_baseline (${HEADER.map((_, i) => `c${i} text`).join(', ')})`).execute(p.core.db);
  const t0 = performance.now();
  await copyFile(p, url, 'copy_baseline', null, file, true);
  return performance.now() - t0;
}

async function runOn(
  kind: 'postgres' | 'pglite',
  scale: number,
): Promise<{ figures: Figure[]; importRate: number; copyRate: number; p95: Record<string, number> }> {
  const db = kind === 'postgres' ? await benchDatabase(`people_${String(scale).replace('.', '_')}`) : null;
  const config = { ...loadConfig({}), databaseUrl: db?.url, loginRateLimitPerMinute: 1_000_000, dataDir: join(DATA, 'run') };
  const p = await startPlatform(config, modules, { memory: kind === 'pglite' });
  const figures: Figure[] = [];
  const tag = `${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, scale ${scale}`;
  try {
    const seeded = await seedDistrict(p.core, { profile: 'jingan', scale, skip: ['people'] });
    mkdirSync(DATA, { recursive: true });
    const file = join(DATA, `people-${scale}.csv`);
    const visitFiles = { visits: join(DATA, `visits-${scale}.csv`), needs: join(DATA, `visit-needs-${scale}.csv`) };
    const { rows, sealMs, visits } = await writeImportFile(p, seeded.districtId, file, visitFiles);
    const copyMs = await copyBaseline(p, file, db?.url);
    const copyRate = rows / (copyMs / 1000);
    figures.push(figure(`[${tag}] raw COPY of ${rows} rows (${Math.round(statSync(file).size / 2 ** 20)} MB CSV)`, copyRate, 'rows/s'));
    // What sealing alone allows: its rate on one core, and the import/COPY ratio it would leave if it were
    // spread over every core and the database, the file reading and the checks cost nothing.
    const sealRate = rows / (sealMs / 1000);
    figures.push(figure(`[${tag}] sealing alone (encryption, keyed hashes, pinyin), one core`, sealRate, 'rows/s'));
    figures.push(
      figure(
        `[${tag}] ceiling of import/COPY set by sealing alone on ${availableParallelism()} cores`,
        (sealRate * availableParallelism()) / copyRate,
        'ratio',
      ),
    );

    // The product's own import path: a job as the web wizard creates it, run to the end, memory sampled.
    const admin = await p.core.db
      .selectFrom('app_user')
      .innerJoin('position', 'position.user_id', 'app_user.id')
      .select(['app_user.id', 'position.id as position_id'])
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const actor = {
      ...systemActor('bench-import'),
      userId: admin.id,
      userName: 'bench',
      positionId: admin.position_id,
      role: 'admin' as const,
      scope: { all: true, districtId: seeded.districtId, paths: [], departmentId: null, gridId: null },
    };
    const job = await p.core.db
      .insertInto('import_job')
      .values({
        district_id: seeded.districtId,
        user_id: admin.id,
        user_name: 'bench',
        position_id: admin.position_id,
        file_name: 'people.csv',
        file_path: file,
        format: 'csv',
        dry_run: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let importMs: number;
    let peakMB: number;
    if (db) {
      // On PostgreSQL the import runs in a process of its own, as `linli import` does: its peak memory is its own.
      const child = spawnSync(
        process.execPath,
        [
          // BENCH_PROFILE=dir writes the import process's CPU profiles (its threads' too) there, for telling where its time goes.
          ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
          '--import',
          'tsx',
          join(import.meta.dirname, 'import-child.ts'),
          String(job.id),
          String(seeded.districtId),
          String(admin.id),
          String(admin.position_id),
        ],
        {
          env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: config.dataDir },
          encoding: 'utf8',
          maxBuffer: 2 ** 24,
        },
      );
      const line = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !line.startsWith('{')) throw new Error(`import process failed (${child.status}): ${child.stderr.slice(-2000)}`);
      const child_ = JSON.parse(line) as { ms: number; maxRssMB: number; phases: Array<[string, number]> };
      ({ ms: importMs, maxRssMB: peakMB } = child_);
      console.log(`[${tag}] import phases (ms from start): ${child_.phases.map(([name, at]) => `${name} ${at}`).join(', ')}`);
    } else {
      // The embedded database lives in this process: the import's memory is what the process grows by.
      const base = process.memoryUsage().rss;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const t0 = performance.now();
      await new ImportService(p.core).run(job.id, actor);
      importMs = performance.now() - t0;
      clearInterval(sampler);
      peakMB = (peak - base) / 2 ** 20;
    }
    const done = await p.core.db.selectFrom('import_job').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    if (done.status !== 'done') throw new Error(`import ${done.status}: ${JSON.stringify(done.failure)} ${JSON.stringify(done.errors).slice(0, 500)}`);
    const importRate = rows / (importMs / 1000);
    figures.push(figure(`[${tag}] import through the product (${done.inserted} inserted, ${done.error_rows} refused)`, importRate, 'rows/s'));
    figures.push(figure(`[${tag}] import rate / COPY rate`, importRate / copyRate, 'ratio'));
    // The fair limit of an import is not raw COPY but COPY slowed by the sealing the law requires: the goal is
    // half of that limit, with all three of its figures taken in this run.
    const ceiling = (sealRate * availableParallelism()) / copyRate;
    figures.push(
      figure(
        `[${tag}] import rate / (COPY rate × sealing ceiling ${ceiling.toPrecision(3)}) = ${Math.round(importRate)} / ${Math.round(copyRate * ceiling)}`,
        importRate / (copyRate * ceiling),
        'ratio',
        0.5,
        'min',
      ),
    );
    figures.push(figure(db ? `[${tag}] peak memory (RSS) of the import process` : `[${tag}] memory the import added to the process (RSS)`, peakMB, 'MB', 1024));
    if (db) {
      const floorMs = await tablesFloor(db.url);
      figures.push(figure(`[${tag}] the import's rows written again by raw COPY into empty copies of its tables, indexes built after`, floorMs / 1000, 's'));
      // Sealing spread over every core, then that COPY, nothing else: the time an import that reads, checks and
      // matches for free, and overlaps nothing, would take. Stated beside the goal above, which leaves the database out.
      const floorRate = rows / ((sealMs / availableParallelism() + floorMs) / 1000);
      figures.push(
        figure(
          `[${tag}] import rate / (rows / (sealing on every core + that COPY)) = ${Math.round(importRate)} / ${Math.round(floorRate)}`,
          importRate / floorRate,
          'ratio',
        ),
      );
    }

    // A district in use, not one just imported: a year of visits, households (the import made them) and tags.
    const tv = performance.now();
    await loadYearOfUse(p, db?.url, seeded.districtId, visitFiles);
    figures.push(figure(`[${tag}] a year of visits loaded in bulk (${visits} visits), with hand-set tags`, (performance.now() - tv) / 1000, 's'));

    // Scoped queries through the HTTP API as the roles use them, in the steady state: rows just written get
    // their hint bits, visibility map and planner statistics from VACUUM ANALYZE, which autovacuum would run
    // within minutes of a large load — it is off on the benchmark machine, so the benchmark runs it itself.
    await sql`vacuum analyze`.execute(p.core.db);
    const app = await buildApp(p.core);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const as = async (username: string) => {
      const r = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD, bearer: true }),
      });
      const b = (await r.json()) as { token: string; positions: Array<{ unitId: number }> };
      return { headers: { authorization: `Bearer ${b.token}` }, unitId: b.positions[0]!.unitId };
    };
    const worker = await as('worker');
    const street = await as('street');
    const district = await as('district');
    const get = async (h: { headers: Record<string, string> }, path: string) => {
      const r = await fetch(base + path, { headers: h.headers });
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    const p95: Record<string, number> = {};
    const cases: Array<[string, string, () => Promise<void>, number]> = [
      [
        'committee',
        "committee worker: the committee's 60+ tag list, page 1",
        () => get(worker, `/api/people/persons?unitId=${worker.unitId}&tags=C08&pageSize=20`),
        20,
      ],
      [
        'street',
        'street staff: women 60+ not visited in 90 days, page 1',
        () => get(street, `/api/people/persons?unitId=${street.unitId}&ageMin=60&gender=female&noVisitDays=90&pageSize=20`),
        50,
      ],
      ['district', 'district staff: counts by tag, whole district', () => get(district, `/api/people/units/${district.unitId}/tag-counts`), 200],
    ];
    for (const [key, name, fn, limit] of cases) {
      await load(20, 2, fn);
      const { samples } = await load(key === 'district' ? 100 : 500, 4, fn);
      p95[key] = percentile(samples, 95);
      figures.push(figure(`[${tag}] ${name} (p95)`, p95[key]!, 'ms', limit));
    }
    await app.close();
    return { figures, importRate, copyRate, p95 };
  } finally {
    await p.close();
    // BENCH_KEEP=1 keeps the database for profiling its queries afterwards.
    if (!process.env.BENCH_KEEP) await db?.drop();
  }
}

export async function run(): Promise<BenchReport> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const small = Math.round(scale * 0.1 * 1000) / 1000;
  const full = await runOn('postgres', scale);
  const pgSmall = await runOn('postgres', small);
  const liteSmall = await runOn('pglite', small);
  const ratios = [
    figure(`PGlite / PostgreSQL at scale ${small}: import rate`, liteSmall.importRate / pgSmall.importRate, 'ratio'),
    ...Object.keys(pgSmall.p95).map((k) => figure(`PGlite / PostgreSQL at scale ${small}: ${k} query p95`, liteSmall.p95[k]! / pgSmall.p95[k]!, 'ratio')),
  ];
  return {
    database: 'PostgreSQL (and PGlite for the ratio)',
    params: { scale, smallScale: small },
    figures: [...full.figures, ...pgSmall.figures, ...liteSmall.figures, ...ratios],
  };
}
