import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from './support/test-platform.js';
import { loadProfile, listProfiles } from '../src/platform/profiles.js';
import { seedDistrict } from '../src/platform/demo.js';
import { defineModule } from '../src/platform/module.js';
import { modules } from '../src/modules/index.js';
import { verifyAudit } from '../src/platform/audit/audit.verify.js';

describe('district profiles', () => {
  const expected: Record<string, { code: string; streets: number; committees: number }> = {
    jingan: { code: '310106', streets: 14, committees: 267 },
    changning: { code: '310105', streets: 10, committees: 189 },
    huangpu: { code: '310101', streets: 10, committees: 170 },
    shangcheng: { code: '330102', streets: 14, committees: 203 },
  };

  it('ships the four districts of the seeds with their real divisions (2023 codes)', () => {
    expect(listProfiles()).toEqual(Object.keys(expected).sort());
    for (const [id, e] of Object.entries(expected)) {
      const p = loadProfile(id);
      expect(p.districtCode).toBe(e.code);
      expect(p.divisions.streets).toHaveLength(e.streets);
      const committees = p.divisions.streets.flatMap((s) => s.committees);
      expect(committees).toHaveLength(e.committees);
      for (const s of p.divisions.streets) {
        expect(s.code).toMatch(new RegExp(`^${e.code}\\d{3}$`));
        for (const c of s.committees) expect(c.code).toMatch(new RegExp(`^${s.code}\\d{3}$`));
      }
      expect(new Set(committees.map((c) => c.code)).size).toBe(committees.length);
    }
    const jingan = loadProfile('jingan');
    expect(jingan.divisions.streets.map((s) => s.name)).toContain('南京西路街道');
    expect(jingan.divisions.streets.find((s) => s.name === '彭浦镇')?.kind).toBe('town');
  });

  it('carries the catalogs 10-platform names, drafts marked as drafts', () => {
    for (const id of listProfiles()) {
      const names = loadProfile(id).catalogs.map((c) => c.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'housing-types',
          'tags',
          'problem-categories',
          'meeting-types',
          'fund-types',
          'two-lists',
          'certificate-types',
          'service-items',
          'report-definitions',
          'departments',
          'calendar',
        ]),
      );
    }
    const jingan = Object.fromEntries(loadProfile('jingan').catalogs.map((c) => [c.name, c]));
    const problems = jingan['problem-categories']!;
    expect(problems.draft).toBe(true);
    expect(problems.entries).toHaveLength(9);
    const subs = (problems.entries as Array<{ subcategories?: unknown[]; children?: unknown[] }>).flatMap((c) => c.subcategories ?? c.children ?? []);
    expect(subs).toHaveLength(74);
    const tags = jingan.tags!.entries as Array<{ level: string }>;
    expect(tags.filter((t) => t.level === 'city')).toHaveLength(66);
    expect(tags.filter((t) => t.level === 'district')).toHaveLength(57);
    const changning = Object.fromEntries(loadProfile('changning').catalogs.map((c) => [c.name, c]));
    expect(changning['housing-types']!.draft).toBe(false);
    expect((changning['housing-types']!.entries as Array<{ name: { zh: string } }>).map((e) => e.name.zh)).toEqual([
      '售后公房',
      '普通商品房',
      '涉外商品房',
      '老洋房',
      '动迁安置房',
    ]);
  });
});

describe('demo district', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  }, 300_000);
  afterAll(() => t.close());

  it("builds Jing'an: real streets and committees, generated compounds to houses, 85 grids, departments, one account per role", async () => {
    const r = await seedDistrict(t.core, { profile: 'jingan', scale: 0.01 });
    const count = async (type: string) =>
      Number(
        (
          await t.core.db
            .selectFrom('unit')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('district_id', '=', r.districtId)
            .where('type', '=', type as never)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('district')).toBe(1);
    expect(await count('street')).toBe(14);
    expect(await count('committee')).toBe(267);
    expect(await count('compound')).toBeGreaterThanOrEqual(267);
    expect(await count('house')).toBeGreaterThan(4000);
    const grids = await t.core.db.selectFrom('grid').select(['kind']).where('district_id', '=', r.districtId).execute();
    expect(grids.filter((g) => g.kind === 'grid')).toHaveLength(85);
    const committeesCovered = await t.core.db
      .selectFrom('grid_unit')
      .innerJoin('grid', 'grid.id', 'grid_unit.grid_id')
      .select('grid_unit.unit_id')
      .where('grid.kind', '=', 'grid')
      .distinct()
      .execute();
    expect(committeesCovered).toHaveLength(267);
    const depts = await t.core.db.selectFrom('department').select(['street_id']).where('district_id', '=', r.districtId).execute();
    expect(depts.filter((d) => d.street_id === null).length).toBeGreaterThan(10);
    expect(depts.filter((d) => d.street_id !== null).length).toBeGreaterThanOrEqual(14);
    const roles = await t.core.db
      .selectFrom('position')
      .innerJoin('app_user', 'app_user.id', 'position.user_id')
      .select('position.role')
      .where('app_user.is_demo', '=', true)
      .execute();
    expect(new Set(roles.map((x) => x.role))).toEqual(new Set(t.core.roles.ids()));
    const catalogs = await t.core.db.selectFrom('catalog').select('name').where('district_id', '=', r.districtId).execute();
    expect(catalogs.map((c) => c.name)).toContain('problem-categories');
    // Paths agree with parents everywhere.
    const bad = await t.core.db
      .selectFrom('unit as c')
      .innerJoin('unit as p', 'p.id', 'c.parent_id')
      .select('c.id')
      .where(sql<boolean>`c.path <> p.path || c.id::text || '/'`)
      .execute();
    expect(bad).toEqual([]);
  }, 300_000);

  it('refuses to seed the same district twice', async () => {
    await expect(seedDistrict(t.core, { profile: 'jingan', scale: 0.01 })).rejects.toThrow(/already exists/);
  });

  it('leaves nothing behind when a module fails half-way through seeding', async () => {
    const failing = defineModule({
      id: 'failing',
      name: { zh: '失败', en: 'Failing' },
      dependsOn: ['accounts'],
      demo: async () => {
        throw new Error('demo failed');
      },
    });
    const f = await createTestPlatform({ modules: [...modules, failing] });
    try {
      await expect(seedDistrict(f.core, { profile: 'huangpu', scale: 0.001 })).rejects.toThrow('demo failed');
      for (const table of ['district', 'unit', 'grid', 'department', 'app_user', 'catalog'] as const) {
        const n = await f.core.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(n.n), table).toBe(0);
      }
      expect((await verifyAudit(f.core)).ok).toBe(true);
    } finally {
      await f.close();
    }
  }, 300_000);
});
