import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';
import { PROFILES_DIR } from '../../platform/profiles.js';
import { syncCatalogs } from '../../platform/catalog.sync.js';

const dir = mkdtempSync(join(tmpdir(), 'linli-profiles-'));
cpSync(join(PROFILES_DIR, 'jingan'), join(dir, 'jingan'), { recursive: true });
const housingFile = join(dir, 'jingan', 'catalogs', 'housing-types.json');

let t: TestPlatform;
let staff: Client;
let street: Client;
let other: Client;
let districtId: number;
const byName = new Map<string, { id: number; version: number }>();

beforeAll(async () => {
  t = await createTestPlatform({ config: { profilesDir: dir } });
  const district = await makeUnit(t.core, 'district');
  districtId = district.district_id;
  await t.core.db.updateTable('district').set({ profile: 'jingan' }).where('id', '=', districtId).execute();
  const s = await makeUnit(t.core, 'street', { parentId: district.id });
  const elsewhere = await makeUnit(t.core, 'district');
  await t.core.db.updateTable('district').set({ profile: 'jingan' }).where('id', '=', elsewhere.district_id).execute();
  await syncCatalogs(t.core);
  const app = await t.app();
  staff = await login(app, (await makeUser(t.core, 'district_staff', district.id)).user.username, FACTORY_PASSWORD);
  street = await login(app, (await makeUser(t.core, 'street_staff', s.id)).user.username, FACTORY_PASSWORD);
  other = await login(app, (await makeUser(t.core, 'district_staff', elsewhere.id)).user.username, FACTORY_PASSWORD);
  const list = await staff.get('/api/catalogs');
  for (const c of list.body.items) byName.set(c.name, c);
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a district administrator sees and edits the district's catalogs, in versions", () => {
  it("lists the district's catalogs with their owners, to district staff only", async () => {
    const list = await staff.get('/api/catalogs');
    expect(list.status).toBe(200);
    expect(list.body.items.every((c: { districtId: number }) => c.districtId === districtId)).toBe(true);
    expect(list.body.items.find((c: { name: string }) => c.name === 'tags')).toMatchObject({
      owner: 'people',
      version: 1,
      origin: 'profile',
      label: { zh: '标签', en: 'Tags' },
      profileChange: null,
    });
    expect((await street.get('/api/catalogs')).status).toBe(403);
    expect((await other.get(`/api/catalogs/${byName.get('tags')!.id}`)).status).toBe(404);
  });

  it('refuses an entry that breaks the schema, naming entry and field, and writes nothing', async () => {
    const id = byName.get('housing-types')!.id;
    const current = (await staff.get(`/api/catalogs/${id}`)).body;
    const entries = structuredClone(current.entries);
    entries[1].name = { zh: '缺英文' };
    const res = await staff.post(
      `/api/catalogs/${id}/versions`,
      { baseVersion: 1, draft: current.draft, entries, extra: current.extra },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CATALOG_INVALID');
    expect(res.body.error.message).toContain('entry 1, field name.en');
    expect(res.body.error.details.problems).toContainEqual(expect.objectContaining({ entry: 1, field: 'name.en' }));
    expect((await staff.get(`/api/catalogs/${id}`)).body.versions).toHaveLength(1);
  });

  it('saves a valid edit as a new version, audited, and refuses one made over an older version', async () => {
    const id = byName.get('housing-types')!.id;
    const current = (await staff.get(`/api/catalogs/${id}`)).body;
    const entries = [...current.entries, { code: 'HT99', name: { zh: '本区自定', en: 'Our own' } }];
    const saved = await staff.post(`/api/catalogs/${id}/versions`, { baseVersion: 1, draft: false, entries, extra: current.extra, note: '加入本区类型' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ id, version: 2 });

    const after = (await staff.get(`/api/catalogs/${id}`)).body;
    expect(after).toMatchObject({ version: 2, origin: 'edit', draft: false });
    expect(after.versions.map((v: { version: number; origin: string; note: string | null }) => [v.version, v.origin, v.note])).toEqual([
      [2, 'edit', '加入本区类型'],
      [1, 'profile', 'profile jingan'],
    ]);
    expect(after.versions[0].authorName).toBeTruthy();
    expect((await staff.get(`/api/catalogs/${id}/versions/1`)).body.entries).toEqual(current.entries);

    const audit = await t.core.db
      .selectFrom('audit_event')
      .select(['target_id', 'summary'])
      .where('action', '=', 'catalogs.catalog.save')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ target_id: String(id), summary: { name: 'housing-types', from: 1, version: 2, added: ['HT99'] } });

    const stale = await staff.post(`/api/catalogs/${id}/versions`, { baseVersion: 1, draft: false, entries: current.entries, extra: current.extra });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CATALOG_VERSION_STALE');
  });

  it('shows, beside a kept edit, what the changed profile would bring', async () => {
    const profile = JSON.parse(readFileSync(housingFile, 'utf8'));
    profile.entries[0].name.zh = '改名的房屋类型';
    writeFileSync(housingFile, JSON.stringify(profile));
    const lines = await syncCatalogs(t.core);
    expect(lines.filter((l) => l.districtId === districtId).map((l) => [l.catalog, l.outcome])).toEqual([['housing-types', 'kept']]);
    const list = await staff.get('/api/catalogs');
    expect(list.body.items.find((c: { name: string }) => c.name === 'housing-types').profileChange).toEqual({
      added: [],
      removed: ['HT99'],
      changed: [profile.entries[0].code],
      fields: [],
    });
  });
});
