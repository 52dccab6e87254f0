import type { Label } from '../platform/i18n.js';

/**
 * What `linli new-module` writes: a module with one kind of record placed in the territory, built on the
 * platform's contracts (manifest, permissions, declared tables and territory columns, scoped repository,
 * service with the permission check first, mutate() with its audit, typed routes with access probes, demo data,
 * a medium test on both databases). The author then renames and grows it; nothing in it is a placeholder that
 * has to be filled before it passes the module, scope, OpenAPI and lint checks.
 */
export interface ModuleSpec {
  /** Module id: lower-case letters and digits, e.g. `selfgov`. Prefixes its tables, permissions and codes. */
  id: string;
  /** The record it starts with, singular, lower-case with underscores, e.g. `topic`. */
  record: string;
  name: Label;
  recordName: Label;
  /** Titles of the records the demo district gets, a few per committee. */
  demoTitles: string[];
}

const ID = /^[a-z][a-z0-9]{1,19}$/;
const RECORD = /^[a-z][a-z_]{1,29}$/;

/** Refuses ids the registries would refuse later, with the reason in both languages. */
export function checkSpec(spec: ModuleSpec, taken: readonly string[]): void {
  if (!ID.test(spec.id))
    throw new Error(
      `模块标识须为 2–20 位小写字母或数字、以字母开头 / the module id must be 2–20 lower-case letters or digits, starting with a letter: ${spec.id}`,
    );
  if (!RECORD.test(spec.record)) throw new Error(`记录名须为小写字母和下划线 / the record name must be lower-case letters and underscores: ${spec.record}`);
  if (taken.includes(spec.id)) throw new Error(`模块 ${spec.id} 已存在 / module ${spec.id} exists already`);
  if (!spec.demoTitles.length) throw new Error('至少需要一个演示标题 / at least one demo title is needed');
}

/** `case_note` → `CaseNote`: class and component names of the record. */
export const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
/** A TypeScript string literal of any text (quotes and backslashes escaped), for the written files. */
export const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const label = (l: Label) => `{ zh: ${q(l.zh)}, en: ${q(l.en)} }`;

export interface RenderedFile {
  path: string;
  content: string;
}

/** The server side: `src/modules/<id>/…`, paths relative to the project root. */
export function renderServerModule(spec: ModuleSpec): RenderedFile[] {
  const { id, record } = spec;
  const table = `${id}_${record}`;
  const Rec = pascal(record);
  const rec = camel(record);
  const PERM = id.toUpperCase();
  const CODE = `${id.toUpperCase()}_${record.toUpperCase()}`;
  const dir = `src/modules/${id}`;
  const Tables = `${pascal(id)}Tables`;
  const files: Record<string, string> = {};

  files[`${id}.policy.ts`] = `import type { PermissionDef } from '../../platform/module.js';

export const ${PERM} = {
  read: '${id}.read',
  manage: '${id}.manage',
} as const;

// Those who work in a territory read its ${spec.recordName.en.toLowerCase()}s; committees and the levels above keep them.
export const ${id}Permissions: Record<string, PermissionDef> = {
  [${PERM}.read]: {
    label: { zh: ${q(`查看${spec.recordName.zh}`)}, en: ${q(`View ${spec.recordName.en.toLowerCase()}s`)} },
    roles: ['committee_worker', 'committee_head', 'grid_worker', 'street_staff', 'district_staff', 'admin'],
  },
  [${PERM}.manage]: {
    label: { zh: ${q(`登记和修改${spec.recordName.zh}`)}, en: ${q(`Record and change ${spec.recordName.en.toLowerCase()}s`)} },
    roles: ['committee_worker', 'committee_head', 'street_staff', 'district_staff', 'admin'],
  },
};
`;

  files[`${id}.messages.ts`] = `import type { Label } from '../../platform/i18n.js';

/** Error codes of this module: each starts with its id, so no other module can take one. */
export const ${id}Messages: Record<string, Label> = {
  ${CODE}_TITLE_EMPTY: { zh: ${q(`${spec.recordName.zh}标题不能为空`)}, en: ${q(`A ${spec.recordName.en.toLowerCase()} needs a title`)} },
};
`;

  files[`${id}.schema.ts`] = `import type { Generated } from 'kysely';

/** The tables of this module. Each row carries the territory path of its unit (declared in the manifest). */
export interface ${Tables} {
  ${table}: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    title: string;
    body: string | null;
    created_by: number | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends ${Tables} {}
}
`;

  files[`${id}.migrations.ts`] = `import { sql } from 'kysely';
import type { Migration } from '../../platform/module.js';

// Frozen history: a migration's SQL is written out here and never built from live code; new changes are new
// migrations at the end of the list.
export const ${id}Migrations: Migration[] = [
  {
    name: '0001_${table}',
    async up(db) {
      await sql\`
        create table ${table} (
          id int generated by default as identity primary key,
          district_id int not null references district(id),
          unit_id int not null references unit(id),
          unit_path text not null,
          title text not null check (length(title) between 1 and 200),
          body text,
          created_by int references app_user(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        );
        create index ${table}_path on ${table} (unit_path text_pattern_ops);
        create index ${table}_unit on ${table} (unit_id);
      \`.execute(db);
    },
  },
];
`;

  files[`${record}.repository.ts`] = `import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { contains } from '../../platform/db/like.js';
import { pathInScope, type Scope } from '../../platform/scope.js';
import type { ${Tables} } from './${id}.schema.js';

type Db = Kysely<Database>;
export type ${Rec}Row = Selectable<${Tables}['${table}']>;

/** Only rows whose unit lies in the scope: out of scope is not found, as everywhere. */
const visible = (db: Db, scope: Scope) => db.selectFrom('${table}').where(pathInScope(scope, '${table}.unit_path'));

export const findVisible = (db: Db, scope: Scope, id: number) => visible(db, scope).selectAll().where('id', '=', id).executeTakeFirst();

export async function list(db: Db, scope: Scope, f: { q?: string; unitPath?: string; limit: number; offset: number }) {
  let query = visible(db, scope);
  if (f.q) query = query.where('title', 'like', contains(f.q));
  if (f.unitPath) query = query.where('unit_path', 'like', \`\${f.unitPath}%\`);
  const rows = await query
    .selectAll()
    .select(sql<number>\`count(*) over ()::int\`.as('total'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export const insert = (db: Db, row: Insertable<${Tables}['${table}']>) => db.insertInto('${table}').values(row).returningAll().executeTakeFirstOrThrow();

export const insertMany = (db: Db, rows: Array<Insertable<${Tables}['${table}']>>) => (rows.length ? db.insertInto('${table}').values(rows).execute() : Promise.resolve([]));

export const update = (db: Db, id: number, patch: Updateable<${Tables}['${table}']>) =>
  db.updateTable('${table}').set({ ...patch, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
`;

  files[`${record}.service.ts`] = `import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { findVisibleUnit } from '../org/index.js';
import { ${PERM} } from './${id}.policy.js';
import * as repo from './${record}.repository.js';

export interface ${Rec}Input {
  title: string;
  body?: string | null;
}

/** ${spec.recordName.en}s of a unit of the territory: read by those whose scope holds the unit, kept by its committee and the levels above. */
export class ${Rec}Service {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, f: { q?: string; unitId?: number; page: number; pageSize: number }) {
    this.core.assert(actor, ${PERM}.read);
    let unitPath: string | undefined;
    if (f.unitId) {
      const unit = await findVisibleUnit(this.core.db, actor.scope, f.unitId);
      if (!unit) throw notFound('unit');
      unitPath = unit.path;
    }
    return repo.list(this.core.db, actor.scope, { q: f.q, unitPath, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  }

  async get(actor: Actor, id: number) {
    this.core.assert(actor, ${PERM}.read);
    const row = await repo.findVisible(this.core.db, actor.scope, id);
    if (!row) throw notFound('${record}');
    return row;
  }

  async create(actor: Actor, unitId: number, input: ${Rec}Input) {
    this.core.assert(actor, ${PERM}.manage);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      // The unit is checked against the caller's scope in the same transaction as the write.
      const unit = await findVisibleUnit(w.db, actor.scope, unitId);
      if (!unit || unit.retired_at) throw notFound('unit');
      const row = await repo.insert(w.db, { district_id: unit.district_id, unit_id: unit.id, unit_path: unit.path, created_by: actor.userId || null, ...fields });
      await w.audit({ action: '${id}.${record}.create', targetType: '${table}', targetId: row.id, districtId: unit.district_id, unitPath: unit.path, summary: { after: fields } });
      return row;
    });
  }

  async update(actor: Actor, id: number, input: ${Rec}Input) {
    this.core.assert(actor, ${PERM}.manage);
    const fields = this.fields(input);
    return this.core.mutate(actor, async (w) => {
      const before = await repo.findVisible(w.db, actor.scope, id);
      if (!before) throw notFound('${record}');
      const after = await repo.update(w.db, id, fields);
      await w.audit({
        action: '${id}.${record}.update',
        targetType: '${table}',
        targetId: id,
        districtId: before.district_id,
        unitPath: before.unit_path,
        summary: { before: { title: before.title, body: before.body }, after: fields },
      });
      return after;
    });
  }

  private fields(input: ${Rec}Input) {
    const title = input.title.trim();
    if (!title) throw badRequest('${CODE}_TITLE_EMPTY');
    return { title, body: input.body?.trim() || null };
  }
}
`;

  files[`${record}.routes.ts`] = `import { Type } from '@sinclair/typebox';
import type { Core } from '../../platform/core.js';
import type { TypedApp } from '../../platform/http/app.types.js';
import { Id, IdParams, Nullable, PageQuery, pageOf, paged } from '../../platform/http/schemas.js';
import { actorOf } from '../../platform/http/request-context.js';
import { ${PERM} } from './${id}.policy.js';
import { ${Rec}Service } from './${record}.service.js';
import type { ${Rec}Row } from './${record}.repository.js';

const tags = ['${id}'];
const ${Rec}View = Type.Object({
  id: Type.Integer(),
  unitId: Type.Integer(),
  title: Type.String(),
  body: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const ${Rec}Body = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  body: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
});
const CreateBody = Type.Intersect([Type.Object({ unitId: Id({ description: '所属单位（居委会、小区等）/ the unit it belongs to' }) }), ${Rec}Body]);
const ListQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })), unitId: Type.Optional(Id()) })]);

const view = (r: ${Rec}Row) => ({ id: r.id, unitId: r.unit_id, title: r.title, body: r.body, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() });

export function ${rec}Routes(app: TypedApp, core: Core) {
  const service = new ${Rec}Service(core);

  app.get('/${record}s', {
    config: { access: { auth: 'session', probe: { kind: 'list', resource: '${table}' } } },
    schema: { tags, summary: ${q(`${spec.recordName.zh}列表 / ${spec.recordName.en}s in scope`)}, querystring: ListQuery, response: { 200: paged(${Rec}View) } },
  }, async (req) => {
    const { page, pageSize } = pageOf(req.query);
    const r = await service.list(actorOf(req), { q: req.query.q?.trim() || undefined, unitId: req.query.unitId, page, pageSize });
    return { items: r.items.map(view), total: r.total, page, pageSize };
  });

  app.get('/${record}s/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: '${table}' } } },
    schema: { tags, summary: ${q(`${spec.recordName.zh}详情 / A ${spec.recordName.en.toLowerCase()}`)}, params: IdParams, response: { 200: Type.Intersect([${Rec}View, Type.Object({ can: Type.Object({ manage: Type.Boolean() }) })]) } },
  }, async (req) => {
    const actor = actorOf(req);
    return { ...view(await service.get(actor, req.params.id)), can: { manage: core.can(actor, ${PERM}.manage) } };
  });

  app.post('/${record}s', {
    config: { access: { auth: 'session', probe: { kind: 'create', resource: 'unit', field: 'unitId', body: { title: '范围探测 / scope probe' } } } },
    schema: { tags, summary: ${q(`登记${spec.recordName.zh} / Record a ${spec.recordName.en.toLowerCase()}`)}, body: CreateBody, response: { 201: ${Rec}View } },
  }, async (req, reply) => {
    const { unitId, ...input } = req.body;
    return reply.status(201).send(view(await service.create(actorOf(req), unitId, input)));
  });

  app.post('/${record}s/:id', {
    config: { access: { auth: 'session', probe: { kind: 'record', resource: '${table}', body: { title: '范围探测 / scope probe' } } } },
    schema: { tags, summary: ${q(`修改${spec.recordName.zh} / Change a ${spec.recordName.en.toLowerCase()}`)}, params: IdParams, body: ${Rec}Body, response: { 200: ${Rec}View } },
  }, async (req) => view(await service.update(actorOf(req), req.params.id, req.body)));
}
`;

  files[`${id}.demo.ts`] = `import type { DemoContext } from '../../platform/module.js';
import { liveUnitById, type OrgAnchors } from '../org/index.js';
import * as repo from './${record}.repository.js';

/** Titles of the demo's ${spec.recordName.en.toLowerCase()}s, spread over the committees. */
export const DEMO_TITLES = [
${spec.demoTitles.map((t) => `  ${q(t)},`).join('\n')}
];

/** A few ${spec.recordName.en.toLowerCase()}s in every committee of the demo district, so that each page has something to show. */
export async function seed${pascal(id)}(ctx: DemoContext) {
  const org = ctx.shared.org as OrgAnchors;
  const rows = [];
  for (const [i, committeeId] of org.committees.entries()) {
    const unit = await liveUnitById(ctx.core.db, committeeId);
    if (!unit) continue;
    for (let k = 0; k < 2; k++) {
      const title = DEMO_TITLES[(i * 2 + k) % DEMO_TITLES.length]!;
      rows.push({ district_id: ctx.districtId, unit_id: unit.id, unit_path: unit.path, title, body: null, created_by: null });
    }
  }
  await repo.insertMany(ctx.core.db, rows);
  ctx.log(\`${spec.recordName.zh} / ${spec.recordName.en.toLowerCase()}s: \${rows.length}\`);
}
`;

  files[`${id}.audit.ts`] = `import type { Label } from '../../platform/i18n.js';

/** What the audit log calls this module's actions and records (served as \`${id}.auditActions\` / \`${id}.auditTargets\`). */
export const ${id}AuditVocabulary: Record<'auditActions' | 'auditTargets', Record<string, Label>> = {
  auditActions: {
    '${id}.${record}.create': { zh: ${q(`新建${spec.recordName.zh}`)}, en: ${q(`${spec.recordName.en} created`)} },
    '${id}.${record}.update': { zh: ${q(`修改${spec.recordName.zh}`)}, en: ${q(`${spec.recordName.en} changed`)} },
  },
  auditTargets: {
    ${table}: ${label(spec.recordName)},
  },
};
`;

  files['module.ts'] = `import { defineModule } from '../../platform/module.js';
import { pathWithinScope } from '../../platform/scope.js';
import './${id}.schema.js';
import { ${id}Migrations } from './${id}.migrations.js';
import { ${id}Messages } from './${id}.messages.js';
import { ${PERM}, ${id}Permissions } from './${id}.policy.js';
import { ${rec}Routes } from './${record}.routes.js';
import { seed${pascal(id)} } from './${id}.demo.js';
import { ${id}AuditVocabulary } from './${id}.audit.js';

export const ${id}Module = defineModule({
  id: '${id}',
  name: ${label(spec.name)},
  dependsOn: ['org', 'accounts'],
  permissions: ${id}Permissions,
  migrations: ${id}Migrations,
  tables: ['${table}'],
  territory: [{ table: '${table}', idColumn: 'unit_id', pathColumn: 'unit_path' }],
  messages: ${id}Messages,
  vocabulary: ${id}AuditVocabulary,
  routes: (app, core) => ${rec}Routes(app, core),
  navigation: [
    { key: '${id}.${record}s', path: '/${id}/${record}s', label: ${label(spec.recordName)}, icon: 'ProfileOutlined', permission: ${PERM}.read, order: 60, group: ${label(spec.name)} },
  ],
  resources: {
    ${table}: {
      table: '${table}',
      idColumn: '${table}.id',
      reachable: (db, scope) => db.selectFrom('${table}').select('${table}.id as id').where(pathWithinScope(scope, '${table}.unit_path')),
    },
  },
  demo: (ctx) => seed${pascal(id)}(ctx),
});
`;

  files['index.ts'] = `/** The ${id} module's interface for other modules: they use only what is exported here. */
export { ${PERM} } from './${id}.policy.js';
export { ${Rec}Service } from './${record}.service.js';
`;

  files[`${record}.service.test.ts`] = `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { AppError } from '../../platform/errors.js';
import { ${Rec}Service } from './${record}.service.js';

let t: TestPlatform;
let service: ${Rec}Service;
beforeAll(async () => {
  t = await createTestPlatform();
  service = new ${Rec}Service(t.core);
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => \`\${e.status} \${e.code}\`);

describe(${q(`${spec.recordName.en.toLowerCase()}s of a committee`)}, () => {
  it('are recorded in a unit of the scope, audited, and seen by the committee and its street only', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const neighbour = await makeUnit(t.core, 'committee', { parentId: committee.parent_id! });
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const street = await actorFor(t.core, 'street_staff', committee.parent_id!);
    const other = await actorFor(t.core, 'committee_worker', neighbour.id);

    const row = await service.create(worker, committee.id, { title: '  第一条  ', body: '' });
    expect(row).toMatchObject({ title: '第一条', body: null, unit_path: committee.path });
    const audit = await t.core.db.selectFrom('audit_event').select(['action', 'unit_path']).where('target_type', '=', '${table}').where('target_id', '=', String(row.id)).execute();
    expect(audit).toEqual([{ action: '${id}.${record}.create', unit_path: committee.path }]);

    expect((await service.list(street, { page: 1, pageSize: 20 })).items.map((r) => r.id)).toContain(row.id);
    expect((await service.list(other, { page: 1, pageSize: 20 })).items.map((r) => r.id)).not.toContain(row.id);
    expect(await code(service.get(other, row.id))).toBe('404 NOT_FOUND');
    expect(await code(service.update(other, row.id, { title: '改' }))).toBe('404 NOT_FOUND');
    expect(await code(service.create(other, committee.id, { title: '越界' }))).toBe('404 NOT_FOUND');
  });

  it('refuses an empty title and a reader without the right to keep them, writing nothing', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const grid = await actorFor(t.core, 'grid_worker', committee.parent_id!);
    expect(await code(service.create(worker, committee.id, { title: '   ' }))).toBe('400 ${CODE}_TITLE_EMPTY');
    expect(await code(service.create(grid, committee.id, { title: '网格员登记' }))).toBe('403 FORBIDDEN');
    expect((await service.list(worker, { page: 1, pageSize: 20 })).total).toBe(0);
  });
});
`;

  return Object.entries(files).map(([name, content]) => ({ path: `${dir}/${name}`, content }));
}

/** Adds the module to a modules list file (server or web): one import after the last import, one entry in the list. */
export function registerIn(source: string, importLine: string, entry: string): string {
  const lines = source.split('\n');
  const lastImport = lines.findLastIndex((l) => l.startsWith('import '));
  lines.splice(lastImport + 1, 0, importLine);
  const joined = lines.join('\n');
  const list = /(export const modules: \w+\[\] = \[)([\s\S]*?)(\];)/;
  const m = list.exec(joined);
  if (!m) throw new Error('找不到模块列表 / the modules list was not found');
  const items = m[2]!.trimEnd();
  const multiline = items.includes('\n');
  const next = multiline ? `${items}${items.endsWith(',') ? '' : ','}\n  ${entry},\n` : `${items.trim()}, ${entry}`;
  return joined.replace(list, `$1${next}$3`);
}
