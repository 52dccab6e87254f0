import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit, makeUser } from '../../../test/support/factories.js';
import type { AppError } from '../../platform/errors.js';
import { catalogProblems } from '../../platform/catalog.registry.js';
import { loadProfile } from '../../platform/profiles.js';
import { CatalogService } from '../catalogs/catalog.service.js';
import { MEETING_TYPES, meetingTypeCatalog, type MeetingType } from './meeting-type.catalog.js';
import { MeetingService } from './meeting.service.js';
import { giveMeetingTypes } from './meeting.testkit.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: AppError) => `${e.status} ${e.code}`,
  );
const typesOf = (profile: string) => loadProfile(profile).catalogs.find((c) => c.name === MEETING_TYPES)!.entries as MeetingType[];
const named = (profile: string, zh: string) => typesOf(profile).find((x) => x.name.zh === zh);

describe("the districts' meeting systems", () => {
  it('are in the profiles the seeds name them for', () => {
    for (const p of ['changning', 'huangpu', 'jingan']) {
      expect(['听证会', '协调会', '评议会'].map((zh) => named(p, zh)?.system)).toEqual(Array(3).fill(p === 'jingan' ? '三会一代理' : '三会'));
    }
    expect(named('jingan', '代理制')).toMatchObject({ kind: 'agency', steps: ['actAsAgent'] });
    expect(
      typesOf('shangcheng')
        .filter((x) => x.system === '四会')
        .map((x) => x.name.zh),
    ).toEqual(['民情恳谈会', '事务协调会', '工作听证会', '成效评议会']);
    // The seeds name 四议 and give no steps: the stages proposed from national practice are marked draft.
    expect(named('jingan', '四议两公开')).toMatchObject({ kind: 'process', draft: true, fromSeed: true });
    expect(named('jingan', '四议两公开')!.stages!.map((s) => s.code)).toEqual(['propose', 'consult', 'review', 'resolve']);
    // 1+5+X invites every party of the seed's own list.
    expect(named('jingan', '"1+5+X"共治联席会')!.invitees).toEqual([
      'partyOrg',
      'committee',
      'residentReps',
      'ownersCommittee',
      'propertyCompany',
      'areaUnits',
      'massOrgs',
      'socialOrgs',
      'residentGroups',
    ]);
    expect(named('jingan', '党建联席会议')).toMatchObject({ level: 'street' });
    expect(named('jingan', '社区代表会议')).toMatchObject({ level: 'street', decision: 'majority' });
    for (const p of ['changning', 'huangpu', 'jingan', 'shangcheng'])
      expect(
        typesOf(p).some((x) => x.adoptsConventions && x.invitees.includes('residentReps')),
        p,
      ).toBe(true);
  });

  it('refuses a type with a step no meeting knows or a share above one, naming entry and field', () => {
    const extra = { roles: { committee: { zh: '居委会成员', en: 'Committee members' } } };
    const good = typesOf('jingan')[0]!;
    expect(catalogProblems(meetingTypeCatalog, { entries: [good], extra })).toEqual([]);
    const bad = catalogProblems(meetingTypeCatalog, {
      entries: [good, { ...good, steps: ['consult', 'vote'] }, { ...good, quorum: { of: 'invitees', share: 1.5 } }],
      extra,
    });
    expect(bad.map((p) => [p.entry, p.field.split('.')[0]])).toEqual(
      expect.arrayContaining([
        [1, 'steps'],
        [2, 'quorum'],
      ]),
    );
  });
});

describe('a district adds its own meeting type by configuration alone', () => {
  it('edits its catalog through the catalog service, then holds a meeting of the new type with its invitees', async () => {
    const committee = await makeUnit(t.core, 'committee');
    const districtId = committee.district_id;
    const district = (
      await t.core.db.selectFrom('unit').select('id').where('district_id', '=', districtId).where('type', '=', 'district').executeTakeFirstOrThrow()
    ).id;
    const admin = await actorFor(t.core, 'district_staff', district);
    const worker = await actorFor(t.core, 'committee_worker', committee.id);
    const building = await makeUnit(t.core, 'building', { parentId: (await makeUnit(t.core, 'compound', { parentId: committee.id })).id });
    const leader = await makeUser(t.core, 'building_leader', building.id);
    const meetings = new MeetingService(t.core);
    const input = { typeCode: 'LZ01', title: '3号楼楼组议事', startsAt: new Date('2026-05-10T06:00:00Z'), mode: 'in_person' as const, place: '3号楼门厅' };

    const current = await giveMeetingTypes(t.core, districtId);
    expect(await code(meetings.create(worker, committee.id, input))).toBe('400 SELFGOV_MEETING_TYPE_UNKNOWN');

    const row = await t.core.db
      .selectFrom('catalog')
      .select(['id', 'version'])
      .where('district_id', '=', districtId)
      .where('name', '=', MEETING_TYPES)
      .executeTakeFirstOrThrow();
    const own: MeetingType = {
      code: 'LZ01',
      name: { zh: '楼组议事会', en: 'Building council' },
      kind: 'meeting',
      level: 'committee',
      steps: ['raise', 'consult', 'decide'],
      invitees: ['committee', 'buildingLeaders', 'residentReps'],
      quorum: { of: 'invitees', share: 0.5 },
      decision: 'majority',
      fromSeed: false,
    };
    const catalogs = new CatalogService(t.core);
    const invalid = { ...own, steps: ['vote'] };
    expect(
      await code(
        catalogs.save(admin, row.id, { baseVersion: row.version, draft: false, entries: [...current.entries, invalid], extra: current.extra, note: null }),
      ),
    ).toBe('400 CATALOG_INVALID');
    await catalogs.save(admin, row.id, {
      baseVersion: row.version,
      draft: false,
      entries: [...current.entries, own],
      extra: current.extra,
      note: '本区楼组议事会',
    });

    const meeting = await meetings.create(worker, committee.id, input);
    expect(meeting).toMatchObject({ type_code: 'LZ01', unit_path: committee.path, mode: 'in_person', place: '3号楼门厅' });
    const detail = await meetings.get(worker, meeting.id);
    expect(detail.invitees.filter((i) => !i.is_group).map((i) => [i.role_key, i.user_id])).toEqual(
      expect.arrayContaining([
        ['committee', worker.userId],
        ['buildingLeaders', leader.user.id],
      ]),
    );
    // Residents' representatives are no account role yet: a group the worker fills by name.
    expect(detail.invitees.filter((i) => i.is_group).map((i) => i.role_key)).toEqual(['residentReps']);
    expect(detail.quorum).toMatchObject({ required: true, invited: 2, present: 0, needed: 1, met: false, groupsUnfilled: 1 });
  });
});
