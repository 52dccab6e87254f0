import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { FACTORY_PASSWORD, makeGrid, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login } from '../../../test/support/http.js';
import { giveMeetingTypes } from './meeting.testkit.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe('meetings over the API', () => {
  it('are called, given an agenda, signed in and read back as one page; the codes only for those who run it', async () => {
    const committee = await makeUnit(t.core, 'committee');
    await giveMeetingTypes(t.core, committee.district_id, 'shangcheng');
    const worker = await makeUser(t.core, 'committee_worker', committee.id);
    // A grid worker reads the meetings of the grid's committees and runs none.
    const area = await makeGrid(t.core, committee.parent_id!, [committee.id]);
    const grid = await makeUser(t.core, 'grid_worker', committee.parent_id!, { gridId: area.id });
    const app = await t.app();
    const client = await login(app, worker.user.username, FACTORY_PASSWORD);
    const reader = await login(app, grid.user.username, FACTORY_PASSWORD);

    const types = await client.get(`/api/selfgov/units/${committee.id}/meeting-types`);
    expect(types.status).toBe(200);
    expect(types.body.types.map((x: { name: { zh: string } }) => x.name.zh)).toEqual([
      '民情恳谈会',
      '事务协调会',
      '工作听证会',
      '成效评议会',
      '居民代表会议',
      '社区发展协会',
    ]);
    expect(types.body.roles.deputies).toEqual({ zh: '两代表一委员', en: "People's congress deputies and CPPCC members" });

    const topic = await client.post('/api/selfgov/topics', { unitId: committee.id, title: '垃圾分类定时定点投放' });
    const created = await client.post('/api/selfgov/meetings', {
      unitId: committee.id,
      typeCode: 'MT01',
      title: '垃圾分类民情恳谈会',
      startsAt: '2026-04-18T01:30:00Z',
      mode: 'in_person',
      place: '社区活动中心',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ typeName: { zh: '民情恳谈会' }, status: 'planned', minutesStatus: 'none', onlineUrl: null });
    const id = created.body.id;
    const agenda = await client.post(`/api/selfgov/meetings/${id}/agenda`, { topicId: topic.body.id, presenter: '李书记', startsAt: '09:30', minutes: 40 });
    expect(agenda.status).toBe(200);
    expect(agenda.body.agenda).toEqual([
      { id: expect.any(Number), topicId: topic.body.id, topicTitle: '垃圾分类定时定点投放', position: 1, presenter: '李书记', startsAt: '09:30', minutes: 40 },
    ]);

    const me = agenda.body.invitees.find((i: { name: string }) => i.name === worker.user.display_name);
    const signed = await client.post(`/api/selfgov/meetings/${id}/sign-in`, { code: me.signInCode });
    expect(signed.body.invitees.find((i: { id: number }) => i.id === me.id)).toMatchObject({ signedInHow: 'code', signedInAt: expect.any(String) });
    expect(signed.body.quorum).toMatchObject({ required: false, met: true });

    const step = await client.post(`/api/selfgov/meetings/${id}/steps`, { topicId: topic.body.id, step: 'decide' });
    expect(step.status).toBe(400);
    expect(step.body.error.code).toBe('SELFGOV_STEP_NOT_ALLOWED');
    expect(step.body.error.message).toContain('「民情恳谈会」不能对议题执行「决议」');

    const read = await reader.get(`/api/selfgov/meetings/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.can).toEqual({ meet: false, approveMinutes: false });
    expect(read.body.invitees.every((i: { signInCode: string | null }) => i.signInCode === null)).toBe(true);
    expect((await reader.post(`/api/selfgov/meetings/${id}/sign-in`, { code: me.signInCode })).status).toBe(403);
    const list = await reader.get(`/api/selfgov/meetings?unitId=${committee.id}`);
    expect(list.body).toMatchObject({ total: 1, items: [{ id, title: '垃圾分类民情恳谈会' }] });
  });
});
