import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { defineModule } from './module.js';
import { orderModules } from './bootstrap.js';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { systemActor } from './actor.js';
import { buildApp } from './http/app.js';
import { modules } from '../modules/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * Each module's tables: those its manifest declares, else those its migrations create. Platform tables (users,
 * positions, districts, the audit log, catalogs …) belong to no module and any module may read them, as it may
 * import the platform's code.
 */
function tableOwners(): Map<string, string> {
  const owner = new Map<string, string>();
  for (const m of modules) {
    const declared = (m as { tables?: readonly string[] }).tables;
    const created = (m.migrations ?? []).flatMap((x) => [...x.up.toString().matchAll(/create table (?:if not exists )?(\w+)/gi)].map((c) => c[1]!));
    for (const t of declared ?? created) owner.set(t, m.id);
  }
  return owner;
}

/** Table names in Kysely calls and in SQL text (from, join, into, update), comments left out. */
function tablesNamed(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const kysely = [...code.matchAll(/\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'(\w+)/g)].map(
    (m) => m[1]!,
  );
  const text = [...code.matchAll(/\b(?:from|join|into|update)\s+(\w+)/gi)].map((m) => m[1]!);
  return [...kysely, ...text];
}

describe('the core knows no module', () => {
  it('no platform file imports from src/modules', () => {
    const offenders = files(join(import.meta.dirname)).filter(
      (f) =>
        /from ['"][./]*\/?modules\//.test(readFileSync(f, 'utf8')) ||
        readFileSync(f, 'utf8').includes("'../modules/") ||
        readFileSync(f, 'utf8').includes("'../../modules/"),
    );
    expect(offenders).toEqual([]);
  });

  it('a module reaches another only through its index', () => {
    const moduleDir = join(import.meta.dirname, '../modules');
    const bad: string[] = [];
    for (const f of files(moduleDir).filter((f) => f !== join(moduleDir, 'index.ts'))) {
      const own = f.slice(moduleDir.length + 1).split('/')[0];
      // Resolved from the file, so that a sub-folder's '../../org/…' counts and its '../orders/…' does not.
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:from |import\()'(\.\.?\/[^']+)'/g)) {
        const target = relative(moduleDir, resolve(dirname(f), m[1]!)).split(sep);
        if (target[0] !== '..' && target[0] !== own && target.length > 1 && target.slice(1).join('/') !== 'index.js') bad.push(`${f}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("a module names another module's tables only in that module's code", () => {
    const owner = tableOwners();
    const moduleDir = join(import.meta.dirname, '../modules');
    const bad: string[] = [];
    // Tests and their kits build worlds across modules, as test/support/factories does; they are not checked.
    for (const f of files(moduleDir).filter((f) => f !== join(moduleDir, 'index.ts') && !f.endsWith('.testkit.ts'))) {
      const own = f.slice(moduleDir.length + 1).split('/')[0];
      for (const table of tablesNamed(readFileSync(f, 'utf8'))) {
        const o = owner.get(table);
        if (o && o !== own) bad.push(`${f.slice(moduleDir.length + 1)}: ${table} (${o})`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('finds the tables a source names in Kysely calls and in SQL text, and not in comments', () => {
    const src = `// read from unit here\n/* join department */\ndb.selectFrom('unit as u').innerJoin('grid', 'x', 'y');\nsql\`select 1 from appeal_order o left join department d on true\`;\ndb.insertInto('person'); sql\`update visit set x = 1\`; sql\`delete from summons\`; import { a } from './unit.js';`;
    expect(tablesNamed(src).sort()).toEqual(['appeal_order', 'department', 'grid', 'person', 'summons', 'unit', 'visit']);
  });

  it('orders modules by dependency and refuses cycles and missing ones', () => {
    const a = defineModule({ id: 'a', name: { zh: 'a', en: 'a' }, dependsOn: ['b'] });
    const b = defineModule({ id: 'b', name: { zh: 'b', en: 'b' } });
    expect(orderModules([a, b]).map((m) => m.id)).toEqual(['b', 'a']);
    expect(() => orderModules([a])).toThrow(/missing module b/);
    const c = defineModule({ id: 'c', name: { zh: 'c', en: 'c' }, dependsOn: ['d'] });
    const d = defineModule({ id: 'd', name: { zh: 'd', en: 'd' }, dependsOn: ['c'] });
    expect(() => orderModules([c, d])).toThrow(/cycle/);
    expect(
      orderModules(modules)
        .map((m) => m.id)
        .indexOf('org'),
    ).toBeLessThan(
      orderModules(modules)
        .map((m) => m.id)
        .indexOf('accounts'),
    );
  });
});

describe('a module added from outside', () => {
  const seen: string[] = [];
  const probe = defineModule({
    id: 'probe',
    name: { zh: '探针', en: 'Probe' },
    permissions: { 'probe.read': { label: { zh: '读', en: 'read' }, roles: ['admin'] } },
    migrations: [
      {
        name: '0001',
        up: async (db) =>
          void (await db.schema
            .createTable('probe_item')
            .addColumn('id', 'integer', (c) => c.primaryKey())
            .execute()),
      },
    ],
    events: { 'probe.happened': (e) => void seen.push(String(e.payload.n)) },
    navigation: [{ key: 'probe', path: '/probe', label: { zh: '探针', en: 'Probe' }, icon: 'BugOutlined', permission: 'probe.read', order: 1 }],
    routes: (app) => {
      app.get(
        '/ping',
        { config: { access: { auth: 'public', probe: { kind: 'none' } } }, schema: { response: { 200: Type.Object({ pong: Type.Boolean() }) } } },
        async () => ({ pong: true }),
      );
    },
  });
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ modules: [...modules, probe] });
  });
  afterAll(() => t.close());

  it('gets its migrations run, routes mounted under its prefix, and permissions known', async () => {
    const app = await t.app();
    expect((await app.inject({ url: '/api/probe/ping' })).json()).toEqual({ pong: true });
    expect(t.core.rolesFor('probe.read')).toEqual(['admin']);
    await t.core.db
      .insertInto('probe_item' as never)
      .values({ id: 1 } as never)
      .execute();
  });

  it('receives events only after the transaction commits', async () => {
    const actor = systemActor();
    await expect(
      t.core.mutate(actor, async (w) => {
        w.emit('probe.happened', { n: 1 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    expect(seen).toEqual([]);
    let inside: string[] = [];
    await t.core.mutate(actor, async (w) => {
      w.emit('probe.happened', { n: 2 });
      inside = [...seen];
    });
    expect(inside).toEqual([]);
    expect(seen).toEqual(['2']);
  });

  it('cannot register an API route that does not say what it reaches', async () => {
    const careless = defineModule({
      id: 'careless',
      name: { zh: '粗心', en: 'Careless' },
      routes: (app) => void app.get('/x', async () => ({})),
    });
    const c = await createTestPlatform({ modules: [...modules, careless] });
    try {
      await expect(buildApp(c.core)).rejects.toThrow(/declares no access/);
    } finally {
      await c.close();
    }
  });
});
