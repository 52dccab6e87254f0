import { execFileSync } from 'node:child_process';
import { auditLabelsOf } from '../src/platform/audit/audit.labels.js';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, onPostgres, type TestPlatform } from './support/test-platform.js';
import { actorFor, FACTORY_PASSWORD, makeUnit } from './support/factories.js';
import { login, type Client } from './support/http.js';
import { modules } from '../src/modules/index.js';
import type { ModuleManifest } from '../src/platform/module.js';
import type { Access } from '../src/platform/http/access.js';
import { registerIn } from '../src/cli/module.template.js';
import { specFromArgs, writeModule } from '../src/cli/new-module.js';
import { apiTypes } from '../scripts/api-types.js';

/**
 * `linli new-module` writes a module that passes the module, scope, OpenAPI, type and lint checks as it comes.
 * It is written into a copy of the project's layout (the platform, the other modules, the web app's shell linked
 * in), so the project itself is never touched, then started beside the real modules.
 */
const repo = join(import.meta.dirname, '..');
const spec = specFromArgs([
  'probemod',
  '--record',
  'case_note',
  '--zh',
  '探针模块',
  '--en',
  'Probe module',
  '--record-zh',
  '个案记录',
  '--record-en',
  'Case note',
  '--demo-title',
  '楼道堆物清理',
  '--demo-title',
  "O'Brien 的 \\ 反斜杠",
]);
let root: string;
let written: string[];
let t: TestPlatform;
let generated: ModuleManifest;

function linkAll(from: string, to: string, except: string[]) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (!except.includes(name)) symlinkSync(join(from, name), join(to, name));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'linli-new-module-'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  linkAll(join(repo, 'src'), join(root, 'src'), ['modules']);
  linkAll(join(repo, 'src/modules'), join(root, 'src/modules'), ['index.ts']);
  copyFileSync(join(repo, 'src/modules/index.ts'), join(root, 'src/modules/index.ts'));
  symlinkSync(join(repo, 'test'), join(root, 'test'));
  linkAll(join(repo, 'web'), join(root, 'web'), ['src', 'node_modules', 'dist']);
  linkAll(join(repo, 'web/src'), join(root, 'web/src'), ['modules', 'app']);
  linkAll(join(repo, 'web/src/app'), join(root, 'web/src/app'), ['api']);
  // The web app's API types come from the OpenAPI document, which then holds the new module's routes too.
  linkAll(join(repo, 'web/src/app/api'), join(root, 'web/src/app/api'), ['schema.d.ts']);
  linkAll(join(repo, 'web/src/modules'), join(root, 'web/src/modules'), ['index.ts']);
  copyFileSync(join(repo, 'web/src/modules/index.ts'), join(root, 'web/src/modules/index.ts'));
  for (const f of ['tsconfig.json', 'biome.json', 'package.json']) copyFileSync(join(repo, f), join(root, f));
  written = writeModule(root, spec);
  generated = (await import(pathToFileURL(join(root, 'src/modules/probemod/module.ts')).href)).probemodModule as ModuleManifest;
  t = await createTestPlatform({ modules: [...modules, generated] });
}, 180_000);
afterAll(async () => {
  await t?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('linli new-module', () => {
  it('writes the server module and its web pages, and adds both to the lists of modules', () => {
    expect(written).toEqual(
      expect.arrayContaining([
        'src/modules/probemod/module.ts',
        'src/modules/probemod/case_note.routes.ts',
        'src/modules/probemod/case_note.service.test.ts',
        'web/src/modules/probemod/pages/CaseNoteListPage.tsx',
        'src/modules/index.ts',
        'web/src/modules/index.ts',
      ]),
    );
    expect(readFileSync(join(root, 'src/modules/index.ts'), 'utf8')).toMatch(
      /import \{ probemodModule \} from '\.\/probemod\/module\.js';[\s\S]*selfgovModule,\s*probemodModule,?\s*\];/,
    );
    expect(readFileSync(join(root, 'web/src/modules/index.ts'), 'utf8')).toMatch(/selfgovModule,\s*probemodModule,?\s*\];/);
    expect(() => writeModule(root, spec)).toThrow(/exists already/);
    expect(() => specFromArgs(['Bad-Id'])).toThrow(/--record/);
  });

  it('starts beside the real modules: its names pass the registries, its table and territory are declared', () => {
    expect(t.core.tables.ownerOf('probemod_case_note')).toBe('probemod');
    expect(t.core.permissions.get('probemod.manage')?.has('committee_worker')).toBe(true);
    // What it writes to the audit log reads as words there, not codes.
    const labels = auditLabelsOf([...modules, generated]);
    expect(labels.actions.get('probemod.case_note.create')).toMatchObject({ zh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(labels.actions.get('probemod.case_note.update')).toBeDefined();
    expect(labels.targets.get('probemod_case_note')).toBeDefined();
  });

  it('serves its routes in the OpenAPI document, each declaring what it reaches', async () => {
    const app = await t.app();
    const doc = app.swagger() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/probemod/case_notes', '/api/probemod/case_notes/{id}']));
    const own = app.linliRoutes.filter((r) => r.url.startsWith('/api/probemod/') && r.method !== 'HEAD');
    expect(own.length).toBe(4);
    for (const r of own) {
      const probe = (r.config as { access: Access }).access.probe;
      expect('resource' in probe && t.core.resources.has(probe.resource), `${r.method} ${r.url}`).toBe(true);
    }
  });

  it('keeps each committee to its own records over HTTP, and its refusals name nothing', async () => {
    const app = await t.app();
    const committee = await makeUnit(t.core, 'committee');
    const neighbour = await makeUnit(t.core, 'committee', { parentId: committee.parent_id! });
    const [mine, theirs] = await Promise.all([actorFor(t.core, 'committee_worker', committee.id), actorFor(t.core, 'committee_worker', neighbour.id)]);
    const clientOf = (userId: number): Promise<Client> =>
      t.core.db
        .selectFrom('app_user')
        .select('username')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
        .then((u) => login(app, u.username, FACTORY_PASSWORD));
    const [a, b] = await Promise.all([clientOf(mine.userId), clientOf(theirs.userId)]);
    const created = await a.post('/api/probemod/case_notes', { unitId: committee.id, title: '门禁损坏' });
    expect(created.status).toBe(201);
    expect((await a.get('/api/probemod/case_notes')).body.items.map((x: { id: number }) => x.id)).toEqual([created.body.id]);
    expect((await b.get('/api/probemod/case_notes')).body.items).toEqual([]);
    const peek = await b.get(`/api/probemod/case_notes/${created.body.id}`);
    expect(peek.status).toBe(404);
    expect(JSON.stringify(peek.body)).not.toContain('门禁');
    expect((await b.post('/api/probemod/case_notes', { unitId: committee.id, title: '越界' })).status).toBe(404);
    expect((await a.post('/api/probemod/case_notes', { unitId: committee.id, title: '   ' })).body.error.code).toBe('PROBEMOD_CASE_NOTE_TITLE_EMPTY');
  });

  // What does not depend on the database runs once, on the embedded one.
  it.skipIf(onPostgres())(
    'type-checks (server and web) and passes the linter and formatter',
    async () => {
      writeFileSync(join(root, 'web/src/app/api/schema.d.ts'), await apiTypes(JSON.stringify((await t.app()).swagger())));
      writeFileSync(join(root, 'tsconfig.generated.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src/modules/probemod'] }));
      writeFileSync(join(root, 'web/tsconfig.generated.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src'] }));
      // The complaints of a failed command, or '' when it passed.
      const run = (args: string[]) => {
        try {
          execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
          return '';
        } catch (e) {
          const { stdout, stderr } = e as { stdout: string; stderr: string };
          return `${stdout}${stderr}`.trim() || String(e);
        }
      };
      const tsc = join(repo, 'node_modules/typescript/bin/tsc');
      expect(run([tsc, '--noEmit', '-p', 'tsconfig.generated.json'])).toBe('');
      expect(run([tsc, '--noEmit', '-p', 'web/tsconfig.generated.json'])).toBe('');
      const biome = join(repo, 'node_modules/@biomejs/biome/bin/biome');
      expect(run([biome, 'check', '--vcs-enabled=false', 'src/modules/probemod', 'web/src/modules/probemod'])).toBe('');
    },
    180_000,
  );

  it('adds to a list written on several lines or on one', () => {
    expect(registerIn("import a from 'a';\n\nexport const modules: M[] = [\n  a,\n];\n", "import b from 'b';", 'b')).toBe(
      "import a from 'a';\nimport b from 'b';\n\nexport const modules: M[] = [\n  a,\n  b,\n];\n",
    );
    expect(registerIn("import a from 'a';\nexport const modules: M[] = [a];\n", "import b from 'b';", 'b')).toBe(
      "import a from 'a';\nimport b from 'b';\nexport const modules: M[] = [a, b];\n",
    );
  });
});
