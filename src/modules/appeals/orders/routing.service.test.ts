import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { actorFor } from '../../../../test/support/factories.js';
import { appealsWorld } from '../appeals.testkit.js';
import { loadProfile } from '../../../platform/profiles.js';
import { RoutingService } from './routing.service.js';

let t: TestPlatform;
let w: Awaited<ReturnType<typeof appealsWorld>>;

beforeAll(async () => {
  t = await createTestPlatform();
  w = await appealsWorld(t.core);
  await sql`update catalog set draft = true where district_id = ${w.district.district_id} and name = 'problem-categories'`.execute(t.core.db);
});
afterAll(() => t.close());

describe('the problem catalogue as a draft', () => {
  it('is marked a draft for those who can settle it, and not for a resident or a worker', async () => {
    const routing = new RoutingService(t.core);
    const admin = await actorFor(t.core, 'admin', w.district.id);
    expect((await routing.categories(w.districtStaff)).draft).toBe(true);
    expect((await routing.categories(admin)).draft).toBe(true);
    for (const reader of [w.resident, w.worker, w.dispatcher, w.teamStaff]) {
      const c = await routing.categories(reader);
      expect(c.draft).toBe(false);
      // The catalogue itself is the same.
      expect(c.groups.length).toBeGreaterThan(0);
    }
  });
});

describe('street teams by name', () => {
  it('names the team codes a rule or category may give (HMO, GRO …) as the team of the street', async () => {
    const routing = new RoutingService(t.core);
    const teams = await routing.streetTeams(w.districtStaff);
    expect(teams).toContainEqual({ code: 'HMO', name: { zh: '街道房管办事处', en: "Street's Housing Management Office" } });
    const codes = new Set(teams.map((x) => x.code));
    // Every code the problem catalogue suggests is either a district department or a named team.
    const catalog = loadProfile('jingan').catalogs.find((c) => c.name === 'departments')!;
    const departments = new Set((catalog.entries as Array<{ code: string }>).map((d) => d.code));
    for (const g of (await routing.categories(w.districtStaff)).groups)
      for (const s of g.subcategories) if (s.handler && !departments.has(s.handler)) expect(codes.has(s.handler), s.handler).toBe(true);
    expect(teams.every((x) => !x.name.zh.includes('{street}') && !x.name.en.includes('{street}'))).toBe(true);
  });
});
