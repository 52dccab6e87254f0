import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { login, type Client } from '../../../../test/support/http.js';

let t: TestPlatform;
let worker: Client;
let dept: Client;
beforeAll(async () => {
  t = await createTestPlatform({ seed: { profile: 'huangpu', scale: 0.001 } });
  const app = await t.app();
  [worker, dept] = [await login(app, 'worker'), await login(app, 'dept')];
}, 300_000);
afterAll(() => t.close());

interface Item {
  id: number;
  status: string;
  responseTiming: string;
  committeeRating: number | null;
  invitee: { kind: string; id: number };
}

describe('summons over HTTP on the demo district', () => {
  it('the committee worker finds summons in every state, with one overdue and results waiting for an evaluation', async () => {
    const nav = await worker.get('/api/nav');
    expect(nav.body.items.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining(['appeals.summons', 'appeals.summons.rates']));
    const list = await worker.get('/api/appeals/summons?pageSize=200');
    expect(list.status).toBe(200);
    const items = list.body.items as Item[];
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['invited', 'accepted', 'declined', 'met', 'resolved', 'unresolved']));
    expect(items.some((i) => i.responseTiming === 'overdue')).toBe(true);
    const waiting = items.find((i) => i.status === 'resolved' && i.committeeRating === null)!;
    const detail = await worker.get(`/api/appeals/summons/${waiting.id}`);
    expect(detail.body.actions).toEqual(['evaluate']);
    expect((await worker.post(`/api/appeals/summons/${waiting.id}/evaluate`, { committeeRating: 5, residentsRating: 5, note: '响应及时' })).body).toEqual({
      id: waiting.id,
      status: 'resolved',
    });
    const again = await worker.post(`/api/appeals/summons/${waiting.id}/evaluate`, { committeeRating: 4 });
    expect([again.status, again.body.error.code, again.body.error.message]).toEqual([409, 'SUMMONS_ALREADY_EVALUATED', '该约请已评价']);
    const worker2 = await login(await t.app(), 'worker2');
    expect((await worker2.get(`/api/appeals/summons/${waiting.id}`)).status).toBe(404);
  });

  it("a summons raised by the committee reaches the department's inbox, which answers, meets and reports", async () => {
    const departmentId = dept.session.positions[0].departmentId as number;
    const committeeId = worker.session.positions[0].unitId as number;
    const invitees = await worker.get('/api/appeals/summons/invitees');
    expect(invitees.body.departments.map((d: { id: number }) => d.id)).toContain(departmentId);
    expect((await worker.post('/api/appeals/summons', { committeeId, departmentId, description: '缺少事项' })).status).toBe(400);
    const raised = await worker.post('/api/appeals/summons', {
      committeeId,
      departmentId,
      subject: '顶层屋面渗漏多年维修推诿',
      description: '顶层 6 户屋面渗漏，请明确维修责任主体',
    });
    expect(raised.status).toBe(201);
    const id = raised.body.id as number;

    const inbox = await dept.get('/api/appeals/summons?view=inbox&status=invited&pageSize=200');
    expect((inbox.body.items as Item[]).map((i) => i.id)).toContain(id);
    const told = await dept.get('/api/notifications?pageSize=200');
    expect(told.body.items.some((n: { kind: string; link: string }) => n.kind === 'appeals.summons.invited' && n.link === `/appeals/summons/${id}`)).toBe(true);
    expect((await dept.get(`/api/appeals/summons/${id}`)).body.actions).toEqual(['accept', 'decline']);

    expect((await dept.post(`/api/appeals/summons/${id}/accept`, { note: '收到' })).body.status).toBe('accepted');
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
    expect((await dept.post(`/api/appeals/summons/${id}/schedule`, { meetingAt: soon, meetingPlace: '居委会会议室' })).body.status).toBe('accepted');
    const early = await dept.post(`/api/appeals/summons/${id}/meet`, { meetingAt: soon, meetingPlace: '居委会会议室' });
    expect([early.status, early.body.error.code]).toEqual([400, 'SUMMONS_MEETING_NOT_HELD']);
    expect(
      (await dept.post(`/api/appeals/summons/${id}/meet`, { meetingAt: new Date().toISOString(), meetingPlace: '问题现场', note: '三方踏勘' })).body.status,
    ).toBe('met');
    expect((await dept.post(`/api/appeals/summons/${id}/result`, { resolved: false, result: '涉及历史遗留产权问题，需市级协调' })).body.status).toBe(
      'unresolved',
    );
    const done = await worker.get(`/api/appeals/summons/${id}`);
    expect(done.body).toMatchObject({
      status: 'unresolved',
      resolved: false,
      meetingPlace: '问题现场',
      meetingNote: '三方踏勘',
      responseTiming: 'on_time',
      actions: ['evaluate'],
    });
  });

  it("publishes the district's resolution rates near the 92% of the seed, and hides summons from residents", async () => {
    const district = await login(await t.app(), 'district');
    const rates = await district.get('/api/appeals/summons/rates');
    expect(rates.status).toBe(200);
    expect(rates.body.items.length).toBeGreaterThan(5);
    expect(rates.body.total.resolutionRate).toBeGreaterThan(0.8);
    expect(rates.body.total.resolutionRate).toBeLessThan(0.99);
    expect(rates.body.total.invited).toBe(rates.body.items.reduce((a: number, i: { invited: number }) => a + i.invited, 0));
    const resident = await login(await t.app(), 'resident');
    expect((await resident.get('/api/appeals/summons')).status).toBe(403);
    expect((await resident.get('/api/appeals/summons/rates')).status).toBe(403);
  });
});
