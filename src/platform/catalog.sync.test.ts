import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/support/test-platform.js';
import { loadConfig } from './config.js';
import { startPlatform } from './bootstrap.js';
import { getCatalog, putCatalog } from './catalog.js';
import { describeSyncLine, syncCatalogs } from './catalog.sync.js';
import { catalogOwners, checkProfiles } from './catalog.registry.js';
import { PROFILES_DIR } from './profiles.js';
import { modules } from '../modules/index.js';

/** A copy of one shipped profile that a test may change, as a deployment's operator would edit theirs. */
function profileCopy(id = 'jingan') {
  const dir = mkdtempSync(join(tmpdir(), 'linli-profiles-'));
  cpSync(join(PROFILES_DIR, id), join(dir, id), { recursive: true });
  const file = (name: string) => join(dir, id, 'catalogs', `${name}.json`);
  return {
    dir,
    read: (name: string) => JSON.parse(readFileSync(file(name), 'utf8')),
    write: (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value, null, 2)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe("a start checks every profile against the catalogs' schemas", () => {
  it('refuses a profile entry that breaks its schema, naming profile, catalog, entry and field', async () => {
    const p = profileCopy();
    try {
      const tags = p.read('tags');
      tags.entries[3].level = 'galaxy';
      p.write('tags', tags);
      const start = startPlatform({ ...loadConfig({}), totpRequiredRoles: [], databaseUrl: undefined, profilesDir: p.dir }, modules, { memory: true });
      await expect(start).rejects.toThrow(/profile jingan, catalog tags \(module people\).*entry 3, field level/);

      const categories = p.read('problem-categories');
      p.write('tags', { ...tags, entries: tags.entries.map((e: { level: string }) => ({ ...e, level: e.level === 'galaxy' ? 'district' : e.level })) });
      categories.entries[2].subcategories[1].resolveDays = 'ten';
      p.write('problem-categories', categories);
      await expect(
        startPlatform({ ...loadConfig({}), totpRequiredRoles: [], databaseUrl: undefined, profilesDir: p.dir }, modules, { memory: true }),
      ).rejects.toThrow(/catalog problem-categories \(module appeals\).*entry 2, field subcategories\.1\.resolveDays/);
    } finally {
      p.remove();
    }
  });

  it('refuses two entries of one code', async () => {
    const p = profileCopy();
    try {
      const housing = p.read('housing-types');
      housing.entries.push({ ...housing.entries[0] });
      p.write('housing-types', housing);
      await expect(
        startPlatform({ ...loadConfig({}), totpRequiredRoles: [], databaseUrl: undefined, profilesDir: p.dir }, modules, { memory: true }),
      ).rejects.toThrow(new RegExp(`entry ${housing.entries.length - 1}, field code: Duplicate code ${housing.entries[0].code} \\(also entry 0\\)`));
    } finally {
      p.remove();
    }
  });

  it('finds every shipped profile fit for the catalogs this deployment declares', () => {
    expect(loadConfig({}).profilesDir).toBe(PROFILES_DIR);
    expect(() => checkProfiles(catalogOwners(modules), PROFILES_DIR)).not.toThrow();
  });
});

describe('catalogs follow their profile into existing districts', () => {
  let t: TestPlatform;
  const p = profileCopy();
  let districtId: number;
  beforeAll(async () => {
    t = await createTestPlatform({ config: { profilesDir: p.dir } });
    districtId = (
      await t.core.db.insertInto('district').values({ code: '310106', name: '静安区', profile: 'jingan' }).returning('id').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await t.close();
    p.remove();
  });

  const versions = (name: string) =>
    t.core.db
      .selectFrom('catalog_version')
      .select(['version', 'origin'])
      .where('district_id', '=', districtId)
      .where('name', '=', name)
      .orderBy('version')
      .execute();

  it('copies the declared catalogs of a district that has none, once', async () => {
    const lines = await syncCatalogs(t.core);
    expect(lines.map((l) => `${l.catalog}:${l.outcome}:${l.version}`).sort()).toEqual([
      'calendar:added:1',
      'departments:added:1',
      'housing-types:added:1',
      'map:added:1',
      'meeting-types:added:1',
      'problem-categories:added:1',
      'tags:added:1',
    ]);
    // Undeclared catalogs (for modules this deployment does not run) stay in the profile.
    expect(await getCatalog(t.core.db, districtId, 'fund-types')).toBeUndefined();
    expect(await syncCatalogs(t.core)).toEqual([]);
    expect(await versions('tags')).toEqual([{ version: 1, origin: 'profile' }]);
  });

  it('takes a changed profile as a new version, and keeps what the district edited, reporting the difference', async () => {
    const housing = (await getCatalog(t.core.db, districtId, 'housing-types'))!;
    const edited = { ...housing, entries: [...housing.entries, { code: 'HT99', name: { zh: '本区自定', en: 'Our own' } }] };
    expect(await putCatalog(t.core.db, districtId, edited, { origin: 'edit', expectVersion: 1 })).toBe(2);

    const tags = p.read('tags');
    p.write('tags', {
      ...tags,
      entries: [
        ...tags.entries,
        { code: 'Z99', name: { zh: '新标签', en: 'New tag' }, level: 'district', group: tags.entries[0].group, target: 'person', sensitive: false },
      ],
    });
    const profileHousing = p.read('housing-types');
    profileHousing.entries[0].name.zh = '改名的房屋类型';
    p.write('housing-types', profileHousing);

    const lines = await syncCatalogs(t.core);
    expect(lines.map((l) => `${l.catalog}:${l.outcome}:${l.version}`).sort()).toEqual(['housing-types:kept:2', 'tags:updated:2']);
    expect(lines.find((l) => l.catalog === 'housing-types')!.difference).toEqual({
      added: [],
      removed: ['HT99'],
      changed: [profileHousing.entries[0].code],
      fields: [],
    });
    expect(describeSyncLine(lines.find((l) => l.catalog === 'housing-types')!)).toMatch(/edit is kept/);

    expect((await getCatalog(t.core.db, districtId, 'tags'))!.entries.at(-1)).toMatchObject({ code: 'Z99' });
    expect(await versions('tags')).toEqual([
      { version: 1, origin: 'profile' },
      { version: 2, origin: 'profile' },
    ]);
    expect((await getCatalog(t.core.db, districtId, 'housing-types'))!.entries.at(-1)).toMatchObject({ code: 'HT99' });
    expect(await versions('housing-types')).toEqual([
      { version: 1, origin: 'profile' },
      { version: 2, origin: 'edit' },
    ]);

    const audit = await t.core.db
      .selectFrom('audit_event')
      .select('summary')
      .where('action', '=', 'platform.catalog.sync')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.summary).toMatchObject({ profile: 'jingan', catalogs: [{ name: 'tags', outcome: 'updated', version: 2 }] });
  });
});
