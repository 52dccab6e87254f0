import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { defineModule } from '../module.js';
import { systemActor } from '../actor.js';
import { registry } from '../http/metrics.js';
import { MAX_ATTEMPTS, retryDelayMs, retryDue } from './failed-event.retry.js';
import { refreshFailedEventGauge } from './failed-event.metrics.js';
import { modules } from '../../modules/index.js';
import { FACTORY_PASSWORD, makeUnit, makeUser } from '../../../test/support/factories.js';
import { login, type Client } from '../../../test/support/http.js';

/** A module whose handler fails as often as told, then succeeds; another whose handler always fails. */
let failuresLeft = 0;
const runs: unknown[] = [];
const probe = defineModule({
  id: 'probe',
  name: { zh: '探针', en: 'Probe' },
  events: {
    'probe.happened': (e) => {
      runs.push(e.payload);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('downstream unavailable');
      }
    },
    'probe.doomed': () => {
      throw new Error('always broken');
    },
  },
});

let t: TestPlatform;
let admin: Client;
let street: Client;
beforeAll(async () => {
  // The deployment's modules with the probe: the administrators' routes are the audit module's.
  t = await createTestPlatform({ modules: [...modules, probe] });
  const district = await makeUnit(t.core, 'district');
  const s = await makeUnit(t.core, 'street', { parentId: district.id });
  const a = await makeUser(t.core, 'admin', district.id);
  const w = await makeUser(t.core, 'street_staff', s.id);
  const app = await t.app();
  admin = await login(app, a.user.username, FACTORY_PASSWORD);
  street = await login(app, w.user.username, FACTORY_PASSWORD);
});
afterAll(() => t.close());
beforeEach(async () => {
  runs.length = 0;
  await t.core.db.deleteFrom('domain_event_failure').execute();
});

const rows = () => t.core.db.selectFrom('domain_event_failure').selectAll().orderBy('id').execute();
const makeDue = () => sql`update domain_event_failure set next_at = now() - interval '1 second' where status = 'retrying'`.execute(t.core.db);

describe('a failing domain-event handler', () => {
  it('is recorded with its event, counted, retried once across concurrent rounds, and marked done when it succeeds', async () => {
    failuresLeft = 1;
    const before = Date.now();
    // The change itself commits and its caller is answered; the failure is kept.
    await t.core.mutate(systemActor(), async (w) => w.emit('probe.happened', { houseId: 7, note: '楼道堆物' }, null));
    const [failed] = await rows();
    expect(failed).toMatchObject({ module: 'probe', event_type: 'probe.happened', status: 'retrying', attempts: 1, payload: { houseId: 7, note: '楼道堆物' } });
    expect(failed!.error).toContain('downstream unavailable');
    expect(failed!.next_at!.getTime()).toBeGreaterThanOrEqual(before + retryDelayMs(1) - 1000);
    expect(await registry.getSingleMetricAsString('linli_event_handler_failures_total')).toMatch(/module="probe",event="probe.happened"} [1-9]/);

    // Not due yet: nothing runs.
    expect(await retryDue(t.core)).toEqual({ done: 0, failed: 0 });
    expect(runs).toHaveLength(1);

    await makeDue();
    // Two rounds at once (two server processes): the failure is claimed by one of them only.
    const rounds = await Promise.all([retryDue(t.core), retryDue(t.core)]);
    expect(rounds.reduce((n, r) => n + r.done, 0)).toBe(1);
    expect(runs).toHaveLength(2);
    expect(runs[1]).toEqual({ houseId: 7, note: '楼道堆物' });
    const [done] = await rows();
    expect(done).toMatchObject({ status: 'done', attempts: 2, next_at: null, claimed_until: null });
    expect(done!.resolved_at).toBeInstanceOf(Date);
  });

  it('waits longer after each failed retry and is left to administrators once its retries are used up', async () => {
    await t.core.mutate(systemActor(), async (w) => w.emit('probe.doomed', { n: 1 }, null));
    const delays: number[] = [];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await makeDue();
      const at = Date.now();
      expect(await retryDue(t.core)).toEqual({ done: 0, failed: 1 });
      const [row] = await rows();
      expect(row!.attempts).toBe(attempt);
      if (row!.status === 'retrying') delays.push(row!.next_at!.getTime() - at);
    }
    expect(delays.length).toBe(MAX_ATTEMPTS - 2);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]!);
    const [given] = await rows();
    expect(given).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, next_at: null });
    expect(given!.error).toContain('always broken');
    // The job no longer takes it; the metric shows it waiting.
    await makeDue();
    expect(await retryDue(t.core)).toEqual({ done: 0, failed: 0 });
    await refreshFailedEventGauge(t.core.db);
    expect(await registry.getSingleMetricAsString('linli_failed_events')).toMatch(/status="failed"} 1/);
  });

  it('is shown to administrators, who run it again or close it with a note; others are refused', async () => {
    failuresLeft = 2;
    await t.core.mutate(systemActor(), async (w) => w.emit('probe.happened', { houseId: 9 }, null));
    await t.core.mutate(systemActor(), async (w) => w.emit('probe.doomed', { n: 2 }, null));
    const [first, second] = await rows();

    expect((await street.get('/api/audit/failed-events')).status).toBe(403);
    expect((await street.post(`/api/audit/failed-events/${first!.id}/retry`, {})).status).toBe(403);
    const open = await admin.get('/api/audit/failed-events?open=true');
    expect(open.status).toBe(200);
    expect(open.body.total).toBe(2);
    expect(open.body.items.map((i: { eventType: string }) => i.eventType).sort()).toEqual(['probe.doomed', 'probe.happened']);
    expect(open.body.items.find((i: { id: number }) => i.id === Number(first!.id))).toMatchObject({
      module: 'probe',
      status: 'retrying',
      attempts: 1,
      payload: { houseId: 9 },
    });

    // Fails once more when asked, then succeeds on the next request.
    const again = await admin.post(`/api/audit/failed-events/${first!.id}/retry`, {});
    expect(again.body).toMatchObject({ status: 'retrying', attempts: 2 });
    const ok = await admin.post(`/api/audit/failed-events/${first!.id}/retry`, {});
    expect(ok.body).toMatchObject({ status: 'done', attempts: 3 });
    expect((await admin.post(`/api/audit/failed-events/${first!.id}/retry`, {})).body).toMatchObject({ error: { code: 'FAILED_EVENT_CLOSED' } });

    const closed = await admin.post(`/api/audit/failed-events/${second!.id}/resolve`, { note: '已人工补登 / entered by hand' });
    expect(closed.body).toMatchObject({ status: 'resolved', resolutionNote: '已人工补登 / entered by hand' });
    expect((await admin.get('/api/audit/failed-events?open=true')).body.total).toBe(0);
    expect((await admin.get('/api/audit/failed-events?status=done')).body.items.map((i: { id: number }) => i.id)).toEqual([Number(first!.id)]);
    const audited = await t.core.db.selectFrom('audit_event').select('action').where('action', 'like', 'audit.failed_event.%').orderBy('seq').execute();
    expect(audited.map((a) => a.action)).toEqual(['audit.failed_event.retry', 'audit.failed_event.retry', 'audit.failed_event.resolve']);
  });
});
