import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../test/support/test-platform.js';
import { seedDistrict, seededRandom } from '../../../platform/demo.js';
import type { DemoContext } from '../../../platform/module.js';
import type { Actor } from '../../../platform/actor.js';
import type { RoleId } from '../../../platform/roles.js';
import { AuthService } from '../../../platform/auth/auth.service.js';
import { demoRules, generateOrders, loadWorld, OrderGenerator } from './appeals.generator.js';
import { seedAppeals, seedRoutingRules } from './appeals.demo.js';
import { recorded, stateOf } from '../orders/order.service.js';
import { decide, replay, type OrderState } from '../orders/order.machine.js';
import { stepColumns, type ClockedOrder } from '../orders/order.steps.js';
import { setupOf } from '../orders/district.setup.js';
import { OrderClock } from '../sla/order.clock.js';
import { keywords, risingTerms } from '../indicators/hot-topics.js';
import { sweep } from '../sla/sla.sweep.js';
import { OrderQuery } from '../orders/order.query.js';
import type * as repo from '../orders/order.repository.js';

// A fixed "now" on a working Monday morning, so that the year and its clocks are the same at every run.
const NOW = new Date('2026-11-23T10:17:00+08:00');
const COUNT = 3000;

let t: TestPlatform;
let districtId: number;
let ctx: DemoContext;

beforeAll(async () => {
  t = await createTestPlatform();
  // The territory, departments and demo accounts; the appeals (and what builds on them) come from the test itself.
  const seeded = await seedDistrict(t.core, { profile: 'jingan', scale: 0.004, skip: ['people', 'estate', 'appeals'] });
  districtId = seeded.districtId;
  ctx = { core: t.core, districtId, profile: 'jingan', scale: 0.004, random: seededRandom(3), log: () => undefined, shared: seeded.shared };
  await seedRoutingRules(ctx);
  await generateOrders(t.core, { districtId, count: COUNT, random: seededRandom(7), now: NOW });
}, 300_000);
afterAll(() => t.close());

function groupBy<T, K>(items: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

const rows = () => t.core.db.selectFrom('appeal_order').selectAll().where('district_id', '=', districtId).orderBy('id').execute();

describe('a generated year of orders', () => {
  it("every history replays to its order, step by step from 1 to the order's seq", async () => {
    const orders = await rows();
    expect(orders).toHaveLength(COUNT);
    const events = await t.core.db.selectFrom('appeal_event').selectAll().where('district_id', '=', districtId).orderBy('order_id').orderBy('seq').execute();
    const byOrder = groupBy(events, (e) => e.order_id);
    for (const o of orders) {
      const h = byOrder.get(o.id) ?? [];
      expect(
        h.map((e) => e.seq),
        `order ${o.id}`,
      ).toEqual(h.map((_, i) => i + 1));
      expect(o.seq).toBe(h.length);
      // The whole state, not only the status: handler, suspension, supervision, pending extension, reopening, rating.
      const replayed = replay(h.map(recorded));
      expect({ ...replayed, handler: replayed.handler && { kind: replayed.handler.kind, id: replayed.handler.id } }, `order ${o.id}`).toEqual(stateOf(o));
      for (let i = 1; i < h.length; i++) expect(h[i]!.at.getTime()).toBeGreaterThanOrEqual(h[i - 1]!.at.getTime());
      expect(h[0]!.at.getTime()).toBe(o.received_at.getTime());
      expect(h[h.length - 1]!.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it("lives every order through the machine and the service's step function: replaying its history gives its clocks back", async () => {
    const orders = await rows();
    const events = await t.core.db.selectFrom('appeal_event').selectAll().where('district_id', '=', districtId).orderBy('order_id').orderBy('seq').execute();
    const byOrder = groupBy(events, (e) => e.order_id);
    const setup = await setupOf(t.core.db, districtId);
    const clock = new OrderClock(setup.calendar, setup.categories.warnAtShare);
    const CLOCKS = [
      'accept_due_at',
      'accept_warn_at',
      'resolve_due_at',
      'resolve_warn_at',
      'accept_minutes',
      'on_time',
      'dispatched_at',
      'accepted_at',
      'resolved_at',
      'closed_at',
      'rated_at',
      'supervised_at',
      'suspended_at',
      'suspended_remaining',
      'reopen_count',
      'rating',
      'merged_into_id',
    ] as const;
    for (const o of orders) {
      let state: OrderState | null = null;
      const lived: ClockedOrder & Record<string, unknown> = {
        status: 'received',
        urgent: o.urgent,
        received_at: o.received_at,
        accept_minutes: null,
        resolve_due_at: null,
        suspended_remaining: null,
        extension: null,
        reopen_count: 0,
        closed_at: null,
      };
      for (const e of byOrder.get(o.id) ?? []) {
        const { step, actorKind, data } = recorded(e);
        const d = decide(state, { step, as: [actorKind], data });
        expect(d.ok, `order ${o.id}: ${step} from ${state?.status ?? 'nothing'}`).toBe(true);
        if (!d.ok) break;
        Object.assign(
          lived,
          stepColumns(step, lived, {
            now: e.at,
            clock,
            category: setup.categories.byCode.get(o.category_code),
            handler: data.handler && { ...data.handler, path: null },
            note: data.note,
            rating: data.rating,
            days: data.days,
            into: data.into,
          }),
        );
        lived.status = d.next.status;
        state = d.next;
      }
      const stored = o as unknown as Record<string, unknown>;
      expect(Object.fromEntries(CLOCKS.map((k) => [k, lived[k] ?? null])), `order ${o.id}`).toEqual(Object.fromEntries(CLOCKS.map((k) => [k, stored[k]])));
    }
  });

  it('keeps statuses, clocks and SLA colours consistent, so that a sweep at "now" finds nothing to do', async () => {
    const orders = await rows();
    const now = NOW.getTime();
    for (const o of orders) {
      const label = `order ${o.id} (${o.status})`;
      expect(o.received_at.getTime(), label).toBeGreaterThanOrEqual(now - 365 * 86_400_000);
      expect(o.received_at.getTime(), label).toBeLessThan(now);
      if (o.status === 'closed') {
        expect(o.closed_at, label).not.toBeNull();
        expect(o.resolved_at, label).not.toBeNull();
      }
      if (o.status === 'resolved' || o.status === 'closed') {
        expect(o.on_time, label).toBe(o.resolved_at!.getTime() <= o.resolve_due_at!.getTime());
        expect(o.accepted_at, label).not.toBeNull();
      }
      if (o.status === 'resolved') expect(o.resolved_at!.getTime() + 7 * 86_400_000, label).toBeGreaterThan(now);
      if (o.accepted_at) expect(o.accept_minutes, label).not.toBeNull();
      if (o.rating) expect(o.status, label).toBe('closed');
      if (o.status === 'invalid') expect(o.closed_at, label).not.toBeNull();
      if (o.status === 'merged') expect(o.merged_into_id, label).not.toBeNull();
      if (['dispatched', 'accepted', 'in_progress', 'suspended', 'resolved', 'closed'].includes(o.status)) expect(o.handler_kind, label).not.toBeNull();
      const waiting = o.status === 'received' || o.status === 'dispatched';
      const working = o.status === 'accepted' || o.status === 'in_progress';
      if (waiting || working) {
        const due = (waiting ? o.accept_due_at : o.resolve_due_at)!.getTime();
        const warn = (waiting ? o.accept_warn_at : o.resolve_warn_at)!.getTime();
        expect(o.sla, label).toBe(due <= now ? 'red' : warn <= now ? 'yellow' : 'green');
        if (due <= now) expect(o.supervised_at, label).not.toBeNull();
      }
    }
    expect(await sweep(t.core, NOW)).toMatchObject({ supervised: 0, closed: 0 });
  });

  it('merges a report into an earlier one of the same problem and place', async () => {
    const merged = await sql<{ ok: boolean }>`select m.category_code = o.category_code and m.committee_id = o.committee_id and o.received_at <= m.received_at
        and o.status not in ('merged', 'invalid') as ok
      from appeal_order m join appeal_order o on o.id = m.merged_into_id where m.district_id = ${districtId}`.execute(t.core.db);
    expect(merged.rows.length).toBeGreaterThan(10);
    expect(merged.rows.every((r) => r.ok)).toBe(true);
  });

  it('the indicator rollup kept by the triggers matches the orders', async () => {
    const stat = await sql<
      Record<string, string>
    >`select sum(received) received, sum(valid) valid, sum(accepted) accepted, sum(accept_minutes) accept_minutes, sum(resolved) resolved,
        sum(on_time) on_time, sum(rated) rated, sum(satisfied) satisfied, sum(reopened) reopened, sum(supervised) supervised
      from appeal_stat where district_id = ${districtId}`.execute(t.core.db);
    const direct = await sql<Record<string, string>>`select count(*) received, count(*) filter (where status not in ('merged', 'invalid')) valid,
        count(accepted_at) accepted, coalesce(sum(accept_minutes), 0) accept_minutes, count(resolved_at) resolved, count(*) filter (where on_time) on_time,
        count(rating) rated, count(*) filter (where rating in ('satisfied', 'basic')) satisfied, count(*) filter (where reopen_count > 0) reopened,
        count(supervised_at) supervised
      from appeal_order where district_id = ${districtId}`.execute(t.core.db);
    const num = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]));
    expect(num(stat.rows[0]!)).toEqual(num(direct.rows[0]!));
  });

  it('has realistic mixes: channels and how they discover, categories, seasons, handlers, ratings, places', async () => {
    const orders = await rows();
    const share = (f: (o: (typeof orders)[number]) => boolean) => orders.filter(f).length / orders.length;
    const byChannel = groupBy(orders, (o) => o.channel);
    const largest = [...byChannel].sort((a, b) => b[1].length - a[1].length).map(([c]) => c);
    expect(largest.slice(0, 3)).toEqual(['hotline', 'photo', 'patrol']);
    const discovery = {
      hotline: 'passive',
      photo: 'passive',
      desk: 'passive',
      survey: 'passive',
      meeting: 'passive',
      patrol: 'active',
      visit: 'active',
      sensor: 'auto',
    } as const;
    for (const o of orders) expect(o.discovery).toBe(discovery[o.channel as keyof typeof discovery]);
    const groups = [...groupBy(orders, (o) => o.category_group)].sort((a, b) => b[1].length - a[1].length).map(([g]) => g);
    expect(groups.slice(0, 3).sort()).toEqual(['P01', 'P02', 'P03']);
    // Summer noise: construction, neighbours and businesses in July–August against December–January.
    const noise = (months: number[]) =>
      orders.filter(
        (o) => ['P0110', 'P0701', 'P0904'].includes(o.category_code) && months.includes(new Date(o.received_at.getTime() + 8 * 3_600_000).getUTCMonth()),
      ).length;
    expect(noise([6, 7])).toBeGreaterThan(1.5 * noise([11, 0]));
    // Fewer reports on Sundays than on Mondays.
    const weekday = (d: number) => orders.filter((o) => new Date(o.received_at.getTime() + 8 * 3_600_000).getUTCDay() === d).length;
    expect(weekday(0)).toBeLessThan(weekday(1));
    expect(new Set(orders.map((o) => o.handler_kind))).toEqual(new Set(['committee', 'street', 'department', null]));
    const rated = orders.filter((o) => o.rating);
    const satisfied = rated.filter((o) => o.rating !== 'unsatisfied').length / rated.length;
    expect(satisfied).toBeGreaterThan(0.85);
    expect(satisfied).toBeLessThan(0.94);
    expect(share((o) => o.reopen_count > 0)).toBeGreaterThan(0.005);
    expect(share((o) => o.status === 'merged')).toBeGreaterThan(0.005);
    expect(share((o) => o.status === 'invalid')).toBeGreaterThan(0.005);
    expect(share((o) => o.on_time === false)).toBeGreaterThan(0.02);
    // Old orders are finished; what is open is recent.
    const old = orders.filter((o) => o.received_at.getTime() < NOW.getTime() - 60 * 86_400_000);
    expect(old.filter((o) => ['closed', 'merged', 'invalid'].includes(o.status)).length / old.length).toBeGreaterThan(0.98);
    expect(new Set(orders.filter((o) => o.received_at.getTime() > NOW.getTime() - 3 * 86_400_000).map((o) => o.status)).size).toBeGreaterThan(3);
    // Points inside Jing'an, spread over its streets.
    for (const o of orders) {
      expect(o.lat!).toBeGreaterThanOrEqual(31.22);
      expect(o.lat!).toBeLessThanOrEqual(31.3);
      expect(o.lng!).toBeGreaterThanOrEqual(121.42);
      expect(o.lng!).toBeLessThanOrEqual(121.48);
    }
    expect(new Set(orders.map((o) => o.street_id)).size).toBe(14);
    // Reporters' phones sealed as intake seals them; hotline orders carry the hotline's own number.
    const named = orders.filter((o) => o.reporter_phone_masked);
    expect(named.length).toBeGreaterThan(COUNT / 3);
    expect(t.core.crypto.decrypt(named[0]!.reporter_phone_enc!)).toMatch(/^1\d{10}$/);
    expect(orders.filter((o) => o.channel === 'hotline').every((o) => o.source_system === '12345' && o.external_id)).toBe(true);
  });

  it('keywords are those intake computes, and 电梯故障 rises in the last week', async () => {
    const orders = await rows();
    for (const o of orders.slice(0, 300)) expect(o.keywords, `order ${o.id}`).toEqual(keywords(`${o.title} ${o.description}`));
    const week = 7 * 86_400_000;
    const period = (k: number) =>
      orders
        .filter((o) => o.received_at.getTime() >= NOW.getTime() - (k + 1) * week && o.received_at.getTime() < NOW.getTime() - k * week)
        .map((o) => `${o.title} ${o.description}`);
    const rising = risingTerms(period(0), [1, 2, 3, 4].map(period)).map((r) => r.term);
    expect(rising).toContain('电梯故障');
  });

  it('is deterministic for a seed, and another seed gives another year', async () => {
    const world = await loadWorld(t.core.db, districtId);
    const ids = Array.from({ length: 1500 }, (_, i) => i + 1);
    const run = (seed: number) => new OrderGenerator(world, { count: 1500, now: NOW, random: seededRandom(seed) }).next(ids);
    const a = run(11);
    expect(JSON.stringify(run(11))).toBe(JSON.stringify(a));
    expect(JSON.stringify(run(12))).not.toBe(JSON.stringify(a));
  });

  it('routes as the rules do: a district without rules of its own is routed by the demo rules', async () => {
    const world = await loadWorld(t.core.db, districtId);
    expect(world.rules.length).toBe(demoRules(world).length);
    const gen = new OrderGenerator(world, { count: 0, now: NOW, random: seededRandom(1) });
    const committee = world.committees[0]!;
    expect(gen.handlerFor('P0701', committee.id, 'rule')).toMatchObject({ kind: 'committee', id: committee.id });
    expect(gen.handlerFor('P0204', committee.id, 'rule')).toMatchObject({ kind: 'department', name: expect.stringContaining('房管办事处') });
    expect(gen.handlerFor('P0101', committee.id, 'rule')).toMatchObject({ kind: 'department', name: expect.stringContaining('绿化市容管理所') });
    expect(gen.handlerFor('P0906', committee.id, 'rule')).toBeNull();
  });
});

async function demoActor(p: TestPlatform, username: string): Promise<Actor> {
  const u = await p.core.db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select([
      'app_user.id',
      'app_user.display_name',
      'position.id as position_id',
      'position.district_id',
      'position.role',
      'position.unit_id',
      'position.department_id',
      'position.grid_id',
    ])
    .where('app_user.username', '=', username)
    .executeTakeFirstOrThrow();
  const role = u.role as RoleId;
  const scope = await new AuthService(p.core).scopeOf({
    id: u.position_id,
    userId: u.id,
    districtId: u.district_id,
    role,
    unitId: u.unit_id!,
    departmentId: u.department_id,
    gridId: u.grid_id,
  });
  return { userId: u.id, userName: u.display_name, positionId: u.position_id, role, scope, requestId: 'demo-test', locale: 'zh-CN' };
}

describe("the demo accounts' queues", () => {
  let fresh: TestPlatform;
  let query: OrderQuery;
  beforeAll(async () => {
    fresh = await createTestPlatform();
    const seeded = await seedDistrict(fresh.core, { profile: 'jingan', scale: 0.002, skip: ['people', 'estate', 'appeals'] });
    await seedAppeals({
      core: fresh.core,
      districtId: seeded.districtId,
      profile: 'jingan',
      scale: 0.002,
      random: seededRandom(5),
      log: () => undefined,
      shared: seeded.shared,
    });
    query = new OrderQuery(fresh.core);
  }, 300_000);
  afterAll(() => fresh.close());

  const statuses = async (username: string, view: repo.ListFilter['view']) =>
    (await query.list(await demoActor(fresh, username), { view }, 'received_desc', 0, 500)).items.map((o) => o.status);

  it('the street dispatcher has orders to dispatch in green, yellow and red, a returned one and an extension to decide', async () => {
    const street = await demoActor(fresh, 'street');
    const triage = (await query.list(street, { view: 'triage' }, 'received_desc', 0, 500)).items;
    expect(triage.length).toBeGreaterThanOrEqual(5);
    expect(new Set(triage.map((o) => o.sla))).toEqual(new Set(['green', 'yellow', 'red']));
    expect(await statuses('street', 'extension')).toContain('in_progress');
  });

  it("the department has orders to accept and orders in progress; the committee workers their committee's", async () => {
    const inbox = await statuses('dept', 'inbox');
    expect(inbox).toEqual(expect.arrayContaining(['dispatched', 'accepted', 'in_progress', 'suspended']));
    for (const worker of ['worker', 'worker2']) expect(await statuses(worker, 'inbox')).toEqual(expect.arrayContaining(['dispatched', 'in_progress']));
  });

  it('the resident follows their own reports, one resolved and waiting for the rating, with photos and notifications', async () => {
    const resident = await demoActor(fresh, 'resident');
    const mine = (await query.list(resident, { view: 'mine' }, 'received_desc', 0, 50)).items;
    expect(mine.map((o) => o.status).sort()).toEqual(['closed', 'dispatched', 'in_progress', 'received', 'resolved']);
    const resolved = await query.detail(resident, mine.find((o) => o.status === 'resolved')!.id);
    expect(resolved.actions).toEqual(expect.arrayContaining(['rate', 'reopen']));
    expect(resolved.attachments.map((a) => a.kind).sort()).toEqual(['after', 'report']);
    const photo = await fresh.core.db
      .selectFrom('appeal_attachment')
      .select('storage_key')
      .where('order_id', '=', resolved.id)
      .where('kind', '=', 'report')
      .executeTakeFirstOrThrow();
    const bytes = await (await fresh.core.storage.get(photo.storage_key)).bytes();
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const told = await fresh.core.db.selectFrom('notification').select(['kind', 'read_at', 'created_at']).where('user_id', '=', resident.userId).execute();
    expect(told.map((n) => n.kind)).toEqual(expect.arrayContaining(['appeals.intake', 'appeals.resolve']));
    expect(told.filter((n) => n.read_at === null)).toHaveLength(mine.length);
    expect(await statuses('leader', 'mine')).toHaveLength(2);
  });
});
