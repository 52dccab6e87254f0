import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../test/support/test-platform.js';
import { actorFor, makeUnit } from '../../../test/support/factories.js';
import type { Actor } from '../actor.js';
import { loadConfig } from '../config.js';
import type { Delivery, NotificationChannel } from './notification.channel.js';
import { Notifier } from './notifier.js';
import { createChannels } from './channel.adapters.js';
import { LogChannel } from './channel.log.js';

/** An outside channel that records what it was given, and what the database showed other readers then. */
class Recorder implements NotificationChannel {
  readonly deliveries: Array<{ n: Delivery; committedRows: number }> = [];
  constructor(
    readonly id: string,
    private readonly t: () => TestPlatform,
  ) {}
  async send(n: Delivery) {
    // Read through the shared database, not the caller's transaction: only committed rows are seen here.
    const committedRows = (await this.t().core.db.selectFrom('notification').select('id').where('kind', '=', n.kind).execute()).length;
    this.deliveries.push({ n, committedRows });
  }
}

let t: TestPlatform;
let actor: Actor;
let a: Actor;
let b: Actor;
const sms = new Recorder('sms', () => t);
beforeAll(async () => {
  t = await createTestPlatform();
  const committee = await makeUnit(t.core, 'committee');
  actor = await actorFor(t.core, 'committee_worker', committee.id);
  a = await actorFor(t.core, 'resident', committee.id);
  b = await actorFor(t.core, 'committee_head', committee.id);
  t.core.notifier.register(sms);
});
afterAll(() => t.close());

const rowsOf = (kind: string) => t.core.db.selectFrom('notification').selectAll().where('kind', '=', kind).orderBy('user_id').execute();

describe('notify within a change', () => {
  it("writes the in-app rows in the change's transaction and calls outside channels only after it commits", async () => {
    let seenInside = -1;
    await t.core.mutate(actor, async (w) => {
      await t.core.notify(w, {
        userIds: [a.userId, b.userId, a.userId],
        kind: 'test.assigned',
        title: { zh: '您有新的诉求待处理', en: 'A new appeal awaits you' },
        body: '幸福路 8 号 漏水',
        link: '/appeals/8',
        data: { appealId: 8 },
        channels: ['inapp', 'sms'],
      });
      seenInside = (await w.db.selectFrom('notification').select('id').where('kind', '=', 'test.assigned').execute()).length;
      expect(sms.deliveries.filter((d) => d.n.kind === 'test.assigned')).toEqual([]);
    });
    expect(seenInside).toBe(2);
    const sent = sms.deliveries.filter((d) => d.n.kind === 'test.assigned');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.committedRows).toBe(2);
    expect(sent[0]!.n).toEqual({
      userIds: [a.userId, b.userId],
      kind: 'test.assigned',
      title: { zh: '您有新的诉求待处理', en: 'A new appeal awaits you' },
      body: { zh: '幸福路 8 号 漏水', en: '幸福路 8 号 漏水' },
      link: '/appeals/8',
      data: { appealId: 8 },
    });
    const rows = await rowsOf('test.assigned');
    expect(rows.map((r) => r.user_id)).toEqual([a.userId, b.userId].sort((x, y) => x - y));
    const districtId = actor.scope.districtId;
    for (const r of rows) {
      expect(r).toMatchObject({
        district_id: districtId,
        title: '您有新的诉求待处理',
        title_en: 'A new appeal awaits you',
        body: '幸福路 8 号 漏水',
        body_en: null,
        link: '/appeals/8',
        data: { appealId: 8 },
        read_at: null,
      });
      expect(typeof r.id).toBe('number');
    }
  });

  it('leaves no row and sends nothing when the change rolls back', async () => {
    await expect(
      t.core.mutate(actor, async (w) => {
        await t.core.notify(w, { userIds: [a.userId], kind: 'test.rolledback', title: '不会送达', channels: ['inapp', 'sms'] });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsOf('test.rolledback')).toEqual([]);
    expect(sms.deliveries.filter((d) => d.n.kind === 'test.rolledback')).toEqual([]);
  });

  it('rolls the change back when a recipient does not exist', async () => {
    await expect(
      t.core.mutate(actor, async (w) => {
        await w.db.insertInto('notification').values({ user_id: a.userId, kind: 'test.marker', title: 'marker', data: '{}' }).execute();
        await t.core.notify(w, { userIds: [a.userId, 999_999], kind: 'test.nobody', title: '无此人' });
      }),
    ).rejects.toThrow(/no user 999999/);
    expect(await rowsOf('test.marker')).toEqual([]);
    expect(await rowsOf('test.nobody')).toEqual([]);
  });
});

describe('notify outside a change', () => {
  it('writes and sends at once when given the database itself', async () => {
    await t.core.notify(t.core.db, { userIds: [b.userId], kind: 'test.direct', title: '提醒', channels: ['inapp', 'sms'] });
    expect(await rowsOf('test.direct')).toHaveLength(1);
    expect(sms.deliveries.filter((d) => d.n.kind === 'test.direct').map((d) => d.committedRows)).toEqual([1]);
  });

  it('sends nothing for nobody, and refuses a bare transaction and a link off the app', async () => {
    await t.core.notify(t.core.db, { userIds: [], kind: 'test.none', title: '无人', channels: ['inapp', 'sms'] });
    expect(sms.deliveries.filter((d) => d.n.kind === 'test.none')).toEqual([]);
    await expect(t.core.db.transaction().execute((trx) => t.core.notify(trx, { userIds: [a.userId], kind: 'test.trx', title: 'x' }))).rejects.toThrow(/Work/);
    for (const link of ['https://example.org/phish', '//example.org', '/\\example.org', 'appeals/1']) {
      await expect(t.core.notify(t.core.db, { userIds: [a.userId], kind: 'test.link', title: 'x', link })).rejects.toThrow(/path of the app/);
    }
    await expect(t.core.notify(t.core.db, { userIds: [a.userId], kind: 'test.notitle', title: '' })).rejects.toThrow(/title/);
    expect(await rowsOf('test.trx')).toEqual([]);
    expect(await rowsOf('test.link')).toEqual([]);
  });
});

describe('outside channels', () => {
  it('skips a channel this deployment lacks (saying so once) and keeps going when one fails', async () => {
    const reports: string[] = [];
    const good = new Recorder('wechat', () => t);
    const broken: NotificationChannel = {
      id: 'sms',
      send: async () => {
        throw new Error('gateway refused');
      },
    };
    const notifier = new Notifier([broken, good], (line) => reports.push(line));
    for (let i = 0; i < 2; i++) {
      await notifier.notify(t.core.db, { userIds: [a.userId], kind: 'test.partial', title: '部分送达', channels: ['inapp', 'sms', 'wechat', 'fax'] });
    }
    expect(await rowsOf('test.partial')).toHaveLength(2);
    expect(good.deliveries).toHaveLength(2);
    expect(reports.filter((r) => r.includes('"fax"'))).toHaveLength(1);
    expect(reports.filter((r) => r.includes('channel sms') && r.includes('gateway refused'))).toHaveLength(2);
    expect(() => notifier.register(new Recorder('wechat', () => t))).toThrow(/twice/);
  });

  it('a failing outside channel does not fail the change that notified', async () => {
    const failing: NotificationChannel = {
      id: 'pager',
      send: async () => {
        throw new Error('pager down');
      },
    };
    t.core.notifier.register(failing);
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      await t.core.mutate(actor, (w) => t.core.notify(w, { userIds: [a.userId], kind: 'test.pager', title: '寻呼', channels: ['inapp', 'pager'] }));
    } finally {
      console.error = original;
    }
    expect(await rowsOf('test.pager')).toHaveLength(1);
    expect(errors.some((e) => e.includes('pager down'))).toBe(true);
  });

  it('registers SMS and WeChat adapters from configuration; the log adapter says it did not send', async () => {
    const config = loadConfig({ NOTIFY_SMS: 'log', NOTIFY_WECHAT: 'log' });
    expect(config.notifyChannels).toEqual({ sms: 'log', wechat: 'log' });
    expect(createChannels(config).map((c) => [c.id, c.constructor.name])).toEqual([
      ['sms', 'LogChannel'],
      ['wechat', 'LogChannel'],
    ]);
    expect(loadConfig({}).notifyChannels).toEqual({});
    expect(() => createChannels({ notifyChannels: { sms: 'aliyun' } })).toThrow(/NOTIFY_SMS: unknown adapter "aliyun" \(known: log\)/);
    const lines: string[] = [];
    await new LogChannel('sms', (l) => lines.push(l)).send({
      userIds: [1, 2],
      kind: 'test.log',
      title: { zh: '标题', en: 'Title' },
      body: { zh: '张三 13800000000', en: '' },
      link: '/x',
      data: {},
    });
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 30, channel: 'sms', kind: 'test.log', userIds: [1, 2], title: '标题', link: '/x' });
    expect(entry.msg).toContain('notification not sent');
    expect(entry.msg).toContain('通知未发出');
    expect(lines[0]).not.toContain('13800000000');
  });
});
