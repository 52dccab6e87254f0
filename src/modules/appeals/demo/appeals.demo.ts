import { deflateSync } from 'node:zlib';
import type { Transaction } from 'kysely';
import type { DemoContext } from '../../../platform/module.js';
import type { Database } from '../../../platform/db/schema.js';
import type { Work } from '../../../platform/core.js';
import { systemActor } from '../../../platform/actor.js';
import type { Rating } from '../appeals.schema.js';
import {
  demoRules,
  loadWorld,
  OrderGenerator,
  OrderWriter,
  reserveOrderIds,
  writeAll,
  type Generated,
  type Handler,
  type ScriptedOrder,
  type World,
} from './appeals.generator.js';
import * as repo from '../orders/order.repository.js';
import { tellReporters } from '../orders/order.notify.js';
import { findUnitById } from '../../org/index.js';

/** Orders a year for a district like Jing'an (spec 30: "a district like Jing'an taking 500,000 orders a year"). */
const ORDERS_PER_YEAR = 500_000;

/**
 * The appeals of the demo district: its routing rules, a year of orders ending now (500,000 × scale), and a set
 * of recent orders made by hand for the demo accounts, so that each of them finds work in its queue: the street
 * dispatcher orders to dispatch, an extension to decide and a returned order; the department orders to accept
 * and in progress; the committee workers their committee's cases; the resident and the building leader their
 * own reports in different states (one resolved and waiting for the rating), with photos and notifications.
 */
export async function seedAppeals(ctx: DemoContext): Promise<AppealsDemo> {
  // All or nothing, as the district's seeding is (which calls this inside its transaction).
  if (!ctx.core.db.isTransaction) return ctx.core.db.transaction().execute((trx) => seedAppeals({ ...ctx, core: ctx.core.withDb(trx) }));
  const db = ctx.core.db;
  const now = new Date();
  const rules = await seedRoutingRules(ctx);
  const world = await loadWorld(db, ctx.districtId);
  const accounts = await demoAccounts(ctx);
  const total = Math.max(0, Math.round(ORDERS_PER_YEAR * ctx.scale));
  // The hand-made orders are part of the year's volume.
  const probe = new OrderGenerator(world, { count: 0, now, random: ctx.random });
  const scripts = showcase(probe, world, accounts).slice(0, total);
  const gen = new OrderGenerator(world, { count: total - scripts.length, now, random: ctx.random });
  const writer = new OrderWriter(db, ctx.core.crypto, ctx.districtId);
  await writeAll(db, gen, writer);
  const ids = await reserveOrderIds(db, scripts.length);
  const made: Generated[] = scripts.map((s, i) => gen.scripted(ids[i]!, s.order));
  await writer.write(made);

  const own = made.filter((m) => m.order.reporter_user_id !== null);
  const photos = await addPhotos(ctx, [...own, ...made.filter((m, i) => scripts[i]!.photo && m.order.reporter_user_id === null)]);
  const told = await notifyReporters(ctx, own);
  const counts = await db
    .selectFrom('appeal_order')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('district_id', '=', ctx.districtId)
    .groupBy('status')
    .execute();
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
  const open = ['received', 'dispatched', 'accepted', 'in_progress', 'suspended'].reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  ctx.log(
    `appeals: ${writer.orders} orders (${open} open, ${byStatus.closed ?? 0} closed, ${byStatus.resolved ?? 0} awaiting rating, ${(byStatus.merged ?? 0) + (byStatus.invalid ?? 0)} merged or invalid), ${writer.events} steps, ${rules} routing rules, ${photos} photos, ${told} notifications`,
  );
  return {
    orders: writer.orders,
    events: writer.events,
    rules,
    showcase: Object.fromEntries([...new Set(scripts.map((s) => s.for))].map((k) => [k, made.filter((_, i) => scripts[i]!.for === k).map((m) => m.order.id)])),
  };
}

export interface AppealsDemo {
  orders: number;
  events: number;
  rules: number;
  /** The hand-made orders by who they are for, for later demo data (summons, Open311) to build on. */
  showcase: Record<string, number[]>;
}

/** The demo routing rules (appeals.generator DEMO_RULES), as district staff would have configured them. */
export async function seedRoutingRules(ctx: DemoContext): Promise<number> {
  const db = ctx.core.db;
  const [world, existing] = await Promise.all([
    loadWorld(db, ctx.districtId),
    db.selectFrom('appeal_routing_rule').select('id').where('district_id', '=', ctx.districtId).execute(),
  ]);
  if (existing.length) return existing.length;
  const rows = demoRules(world).map((r) => ({
    district_id: r.district_id,
    category_code: r.category_code,
    area_path: r.area_path,
    handler_kind: r.handler_kind,
    department_code: r.department_code,
    note: r.note,
  }));
  if (rows.length) await db.insertInto('appeal_routing_rule').values(rows).execute();
  return rows.length;
}

interface DemoAccounts {
  street?: { id: number; unitId: number };
  department?: { id: number; departmentId: number };
  workers: Array<{ id: number; unitId: number }>;
  resident?: { id: number; name: string; house: HousePlace };
  leader?: { id: number; name: string; house: HousePlace };
}

type HousePlace = Extract<ScriptedOrder['place'], { house: unknown }>['house'];

/** The demo accounts and where they sit; a house or building with its compound's committee and an address. */
async function demoAccounts(ctx: DemoContext): Promise<DemoAccounts> {
  const db = ctx.core.db;
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('position', 'position.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.username', 'app_user.display_name', 'position.role', 'position.unit_id', 'position.department_id'])
    .where('app_user.district_id', '=', ctx.districtId)
    .where('app_user.is_demo', '=', true)
    .where('position.ended_at', 'is', null)
    .orderBy('app_user.id')
    .execute();
  const out: DemoAccounts = { workers: [] };
  const homeOf = async (unitId: number): Promise<HousePlace | undefined> => {
    const unit = await findUnitById(db, unitId);
    if (!unit) return undefined;
    const ids = unit.path.split('/').filter(Boolean).map(Number);
    // '/district/street/committee/compound/…'
    if (ids.length < 4) return undefined;
    const compound = (await findUnitById(db, ids[3]!))!;
    return { id: unit.id, name: unit.name, path: unit.path, committeeId: ids[2]!, address: `${compound.name}${unit.id === ids[3] ? '' : unit.name}` };
  };
  for (const r of rows) {
    if (r.role === 'street_staff' && r.unit_id && !out.street) out.street = { id: r.id, unitId: r.unit_id };
    if (r.role === 'department_staff' && r.department_id && !out.department) out.department = { id: r.id, departmentId: r.department_id };
    if (r.role === 'committee_worker' && r.unit_id) out.workers.push({ id: r.id, unitId: r.unit_id });
    if (r.role === 'resident' && r.unit_id && !out.resident) {
      const house = await homeOf(r.unit_id);
      if (house) out.resident = { id: r.id, name: r.display_name, house };
    }
    if (r.role === 'building_leader' && r.unit_id && !out.leader) {
      const house = await homeOf(r.unit_id);
      if (house) out.leader = { id: r.id, name: r.display_name, house };
    }
  }
  return out;
}

interface Script {
  for: 'street' | 'department' | 'committee' | 'resident' | 'leader';
  order: ScriptedOrder;
  /** Give the report a photo. */
  photo?: boolean;
}

const WORKDAY = 480;

/**
 * The demo accounts' own recent orders. Categories are chosen by what the district's rules do at the place: an
 * order meant to wait for dispatch has a category without a rule there, an order for the department one whose
 * rule sends it there (or a manual dispatch to it). Ages are in working minutes, so that the SLA colours come
 * out the same whatever the day of the week the demo is created: green, yellow (past 80% of the limit) and red.
 */
function showcase(gen: OrderGenerator, world: World, a: DemoAccounts): Script[] {
  const out: Script[] = [];
  const codes = [...world.categories.byCode.values()];
  const committeesOfStreet = (streetId: number) => world.committees.filter((c) => world.streets[c.street]?.id === streetId);
  const compoundOf = (committeeId: number) => {
    const ci = world.committees.findIndex((c) => c.id === committeeId);
    return world.compounds.find((c) => c.committee === ci)?.id ?? committeeId;
  };
  const same = (h: Handler | null, kind: string, id: number) => !!h && h.kind === kind && h.id === id;
  /** Non-urgent codes first (a 2-hour clock to accept), then the preferred ones among them. */
  const choose = (ok: (code: string) => boolean, preferred: string[], n: number) => {
    const all = codes.filter((c) => ok(c.code)).sort((x, y) => Number(x.urgent) - Number(y.urgent));
    const first = preferred.filter((p) => all.some((c) => c.code === p && !c.urgent));
    const picked = [...first, ...all.map((c) => c.code).filter((c) => !first.includes(c))];
    return picked.length ? Array.from({ length: n }, (_, i) => picked[i % picked.length]!) : [];
  };

  // The street's operations centre: orders waiting for dispatch at every colour, a returned one, an extension to decide.
  if (a.street) {
    const committees = committeesOfStreet(a.street.unitId);
    if (committees.length) {
      const place = (i: number) => ({ unitId: compoundOf(committees[i % committees.length]!.id) });
      const triage = choose((code) => !gen.handlerFor(code, committees[0]!.id, 'rule'), ['P0906', 'P0507', 'P0604', 'P0803', 'P0505', 'P0607'], 5);
      [25, 70, 105, 400, 1500].forEach((ago, i) => {
        if (triage[i])
          out.push({
            for: 'street',
            photo: i === 0,
            order: {
              place: place(i),
              categoryCode: triage[i]!,
              channel: i % 2 ? 'hotline' : 'photo',
              ago,
              route: 'triage',
              steps: [],
              reporter: { userId: null, name: i % 2 ? '陈女士' : '刘先生', phone: `1391234${String(5670 + i)}` },
            },
          });
      });
      const routed = choose((code) => gen.handlerFor(code, committees[0]!.id, 'rule')?.kind === 'department', ['P0204', 'P0305', 'P0601'], 2);
      if (routed[0])
        out.push({
          for: 'street',
          order: {
            place: place(1),
            categoryCode: routed[0],
            channel: 'hotline',
            ago: 200,
            route: 'rule',
            steps: ['return'],
            reporter: { userId: null, name: '周先生', phone: '13812345001' },
          },
        });
      if (routed[1])
        out.push({
          for: 'street',
          order: {
            place: place(2),
            categoryCode: routed[1],
            channel: 'hotline',
            ago: 4 * WORKDAY,
            route: 'rule',
            steps: ['accept', 'start', 'request_extension'],
            reporter: { userId: null, name: '吴女士', phone: '13812345002' },
          },
        });
    }
  }

  // The department: orders to accept (green, yellow, red), accepted and in progress, suspended, resolved, closed.
  if (a.department) {
    const dept = world.departments.find((d) => d.id === a.department!.departmentId);
    const streetId = dept?.streetId ?? a.street?.unitId ?? world.streets[0]?.id;
    const committees = streetId ? committeesOfStreet(streetId) : [];
    if (dept && committees.length) {
      const c0 = committees[0]!.id;
      let codesFor = choose((code) => same(gen.handlerFor(code, c0, 'rule'), 'department', dept.id), ['P0302', 'P0204', 'P0202', 'P0305', 'P0207'], 9);
      const manual = !codesFor.length;
      if (manual) codesFor = choose((code) => same(gen.handlerFor(code, c0, 'suggested'), 'department', dept.id), [], 9);
      if (!codesFor.length) codesFor = choose(() => true, [], 9);
      const handler: Handler = { kind: 'department', id: dept.id, path: null, name: dept.name };
      const plans: Array<[number, ScriptedOrder['steps'], Rating?]> = [
        [20, []],
        [100, []],
        [300, []],
        [WORKDAY + 120, ['accept']],
        [2 * WORKDAY, ['accept', 'start']],
        [5 * WORKDAY, ['accept', 'start']],
        [6 * WORKDAY, ['accept', 'start', 'suspend']],
        [3 * WORKDAY, ['accept', 'start', 'resolve']],
        [12 * WORKDAY, ['accept', 'start', 'resolve', 'rate'], 'basic'],
      ];
      plans.forEach(([ago, steps, rating], i) => {
        out.push({
          for: 'department',
          photo: steps.includes('resolve'),
          order: {
            place: { unitId: compoundOf(committees[i % committees.length]!.id) },
            categoryCode: codesFor[i]!,
            channel: i % 3 === 0 ? 'photo' : 'hotline',
            ago,
            route: manual ? 'triage' : 'rule',
            steps: manual ? ['dispatch', ...steps] : steps,
            handler: manual ? handler : undefined,
            rating,
            reporter: {
              userId: null,
              name: ['马先生', '孙女士', '朱阿姨', '胡先生', '郭女士', '林先生', '何女士', '高先生', '罗女士'][i]!,
              phone: `1371234${String(5000 + i)}`,
            },
          },
        });
      });
    }
  }

  // The committees of the two demo workers: their own cases, from the desk and by the rules.
  for (const [k, w] of a.workers.slice(0, 2).entries()) {
    const c = w.unitId;
    const ours = choose((code) => same(gen.handlerFor(code, c, 'rule'), 'committee', c), ['P0701', 'P0306', 'P0702', 'P0704', 'P0301'], 5);
    if (!ours.length) continue;
    const plans: Array<[number, ScriptedOrder['route'], ScriptedOrder['steps'], ScriptedOrder['channel']]> =
      k === 0
        ? [
            [40, 'rule', [], 'hotline'],
            [2 * WORKDAY, 'rule', ['accept', 'start'], 'photo'],
            [300, 'self', ['start'], 'desk'],
            [3 * WORKDAY, 'rule', ['accept', 'resolve'], 'hotline'],
            [10 * WORKDAY, 'self', ['resolve', 'rate'], 'desk'],
          ]
        : [
            [60, 'rule', [], 'hotline'],
            [2 * WORKDAY, 'rule', ['accept', 'start'], 'desk'],
          ];
    plans.forEach(([ago, route, steps, channel], i) => {
      out.push({
        for: 'committee',
        order: {
          place: { unitId: compoundOf(c) },
          categoryCode: ours[i % ours.length]!,
          channel,
          ago,
          route,
          steps,
          reporter: { userId: null, name: ['钱阿姨', '施老伯', '严女士', '金先生', '毛女士'][i]!, phone: `1501234${String(6000 + i + k * 10)}` },
        },
      });
    });
  }

  // The resident's own reports: waiting, dispatched, in progress, resolved and waiting for the rating, closed.
  if (a.resident) {
    const r = a.resident;
    const c = r.house.committeeId;
    const rule = (code: string) => gen.handlerFor(code, c, 'rule');
    const reporter = { userId: r.id, name: r.name, phone: '13912345678' };
    const plan: Array<[string[], (code: string) => boolean, number, ScriptedOrder['route'], ScriptedOrder['steps'], Rating?]> = [
      [['P0906', 'P0607', 'P0604'], (code) => !rule(code), 15, 'triage', []],
      [['P0306', 'P0304', 'P0701'], (code) => !!rule(code), 45, 'rule', []],
      [['P0305', 'P0204', 'P0601'], (code) => !!rule(code), 2 * WORKDAY, 'rule', ['accept', 'start']],
      [['P0302', 'P0303', 'P0503'], (code) => !!rule(code), 3 * WORKDAY, 'rule', ['accept', 'start', 'resolve']],
      [['P0101', 'P0106', 'P0104'], (code) => !!rule(code), 30 * WORKDAY, 'rule', ['accept', 'resolve', 'rate'], 'satisfied'],
    ];
    for (const [preferred, ok, ago, route, steps, rating] of plan) {
      const code = choose(ok, preferred, 1)[0];
      if (code) out.push({ for: 'resident', order: { place: { house: r.house }, categoryCode: code, channel: 'photo', ago, route, steps, rating, reporter } });
    }
  }
  if (a.leader) {
    const l = a.leader;
    const rule = (code: string) => gen.handlerFor(code, l.house.committeeId, 'rule');
    const reporter = { userId: l.id, name: l.name, phone: '13612345679' };
    const inProgress = choose((code) => !!rule(code), ['P0305', 'P0304'], 1)[0];
    const closed = choose((code) => !!rule(code), ['P0402', 'P0401', 'P0304'], 1)[0];
    if (inProgress)
      out.push({
        for: 'leader',
        order: {
          place: { house: l.house },
          categoryCode: inProgress,
          channel: 'photo',
          ago: WORKDAY + 200,
          route: 'rule',
          steps: ['accept', 'start'],
          reporter,
        },
      });
    if (closed)
      out.push({
        for: 'leader',
        order: {
          place: { house: l.house },
          categoryCode: closed,
          channel: 'photo',
          ago: 20 * WORKDAY,
          route: 'rule',
          steps: ['accept', 'resolve', 'rate'],
          rating: 'satisfied',
          reporter,
        },
      });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Photos and notifications of the hand-made orders
// ---------------------------------------------------------------------------------------------------------------

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A small picture (sky over a grey street, a coloured block for the problem): a real PNG, as a phone would send. */
export function demoPhoto(seed: number, width = 160, height = 120): Buffer {
  const hue = [
    [214, 96, 77],
    [76, 141, 174],
    [242, 178, 51],
    [112, 173, 71],
  ][seed % 4]!;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const sky = y < height * 0.45;
      const block = x > width * 0.35 && x < width * 0.65 && y > height * 0.5 && y < height * 0.85;
      const [r, g, b] = block ? hue : sky ? [170 + (y % 20), 200 + (y % 20), 235] : [120 + ((x + y) % 12), 120 + ((x + y) % 12), 125];
      raw[row + 1 + x * 3] = r!;
      raw[row + 2 + x * 3] = g!;
      raw[row + 3 + x * 3] = b!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A report photo on each order, and an 'after' photo where it was resolved, stored as attachment.service stores them. */
async function addPhotos(ctx: DemoContext, orders: Generated[]): Promise<number> {
  let n = 0;
  for (const { order, events } of orders) {
    const resolved = events.find((e) => e.step === 'resolve');
    const files = [
      { kind: 'report' as const, seq: 1, by: order.reporter_user_id, at: order.received_at },
      ...(resolved ? [{ kind: 'after' as const, seq: resolved.seq, by: resolved.actor_id, at: resolved.at }] : []),
    ];
    for (const f of files) {
      const bytes = demoPhoto(order.id + n);
      const key = `appeals/${ctx.districtId}/demo/${order.id}-${f.kind}.png`;
      await ctx.core.storage.put(key, bytes, { contentType: 'image/png' });
      await ctx.core.db
        .insertInto('appeal_attachment')
        .values({
          district_id: ctx.districtId,
          order_id: order.id,
          event_seq: f.seq,
          storage_key: key,
          file_name: f.kind === 'report' ? '现场照片.png' : '处置后照片.png',
          content_type: 'image/png',
          size: bytes.length,
          kind: f.kind,
          uploaded_by: f.by,
          created_at: new Date(f.at),
        })
        .execute();
      n++;
    }
  }
  return n;
}

/**
 * The reporters' notifications of their own orders, step by step as the services send them (order.notify), dated
 * at each step, all read but each order's latest.
 */
async function notifyReporters(ctx: DemoContext, orders: Generated[]): Promise<number> {
  const db = ctx.core.db;
  // In-app rows only: the demo has no outside channel to call, and nothing is sent for the past.
  const work: Work = { db: db as Transaction<Database>, actor: systemActor('seed'), audit: async () => undefined, emit: () => undefined };
  let n = 0;
  for (const { order, events } of orders) {
    const row = await repo.findById(db, order.id);
    const user = order.reporter_user_id;
    if (!row || user === null) continue;
    let newest = 0;
    for (const e of events) {
      const before = await db
        .selectFrom('notification')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('user_id', '=', user)
        .executeTakeFirst();
      await tellReporters(ctx.core, work, row, e.step, e.note);
      const r = await db
        .updateTable('notification')
        .set({ created_at: new Date(e.at), read_at: new Date(e.at + 3_600_000) })
        .where('user_id', '=', user)
        .where('id', '>', Number(before?.id ?? 0))
        .returning('id')
        .execute();
      n += r.length;
      newest = Math.max(newest, ...r.map((x) => x.id));
    }
    if (newest) await db.updateTable('notification').set({ read_at: null }).where('id', '=', newest).execute();
  }
  return n;
}
