import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Work } from '../core.js';
import type { Label } from '../i18n.js';
import type { AddressDelivery, Delivery, NotificationChannel } from './notification.channel.js';
import { LogChannel } from './channel.log.js';
import { InAppChannel } from './channel.inapp.js';

/** One text for both languages, or a pair. */
export type Text = string | Label;

export interface NotificationInput {
  userIds: readonly number[];
  kind: string;
  title: Text;
  body?: Text;
  /** A path of the web app ('/appeals/42'). */
  link?: string | null;
  data?: Record<string, unknown>;
  /** In-app only unless said; an outside channel this deployment does not configure is skipped (and logged once). */
  channels?: readonly string[];
}

/** The domain event that carries outside deliveries past the commit. */
export const NOTIFY_EVENT = 'platform.notification';
export interface NotifyEventPayload {
  channels: string[];
  delivery: Delivery;
}

export type FailureReport = (line: string) => void;

const label = (t: Text | undefined): Label => (t === undefined ? { zh: '', en: '' } : typeof t === 'string' ? { zh: t, en: t } : t);
const isWork = (t: Work | Kysely<Database>): t is Work => typeof (t as Work).emit === 'function';

function delivery(input: NotificationInput): Delivery {
  const title = label(input.title);
  if (!input.kind || !title.zh || !title.en) throw new Error('a notification needs a kind and a title');
  // Only paths of our own app: a link in a notification is trusted by whoever clicks it.
  if (input.link != null && !/^\/(?![/\\])/.test(input.link)) throw new Error(`notification link must be a path of the app, got "${input.link}"`);
  return {
    userIds: [...new Set(input.userIds)],
    kind: input.kind,
    title,
    body: label(input.body),
    link: input.link ?? null,
    data: input.data ?? {},
  };
}

/**
 * Sends notifications through the channels of this deployment. Called with a mutation's Work, the in-app rows
 * are part of that transaction and outside channels (SMS, WeChat) run only once it has committed, through the
 * event bus; called with the database outside any transaction, both happen at once, in that order.
 */
export class Notifier {
  private readonly channels = new Map<string, NotificationChannel>();
  private readonly warned = new Set<string>();

  constructor(
    channels: NotificationChannel[] = [],
    private readonly report: FailureReport = (line) => console.error(line),
  ) {
    for (const c of [new InAppChannel(), ...channels]) this.register(c);
  }

  register(channel: NotificationChannel): void {
    if (this.channels.has(channel.id)) throw new Error(`notification channel ${channel.id} registered twice`);
    this.channels.set(channel.id, channel);
  }

  has(channelId: string): boolean {
    return this.channels.has(channelId);
  }

  async notify(target: Work | Kysely<Database>, input: NotificationInput): Promise<void> {
    const work = isWork(target) ? target : null;
    const db = work ? work.db : (target as Kysely<Database>);
    // Inside a bare transaction nobody could tell us when it commits, and SMS would go out before it did.
    if (!work && db.isTransaction) throw new Error("notify inside a transaction takes the mutation's Work, not its db");
    const n = delivery(input);
    if (!n.userIds.length) return;
    const wanted = this.wanted(input);
    for (const c of wanted.filter((c) => c.withChange)) await c.send(n, { db });
    const later = wanted.filter((c) => !c.withChange).map((c) => c.id);
    if (!later.length) return;
    if (work) work.emit(NOTIFY_EVENT, { channels: later, delivery: n } satisfies NotifyEventPayload as unknown as Record<string, unknown>);
    else await this.deliver({ channels: later, delivery: n }, db);
  }

  /**
   * Many notifications written with one change (a group of intakes): channels that write with the change and
   * can take many at once (the in-app list) do it in one go; the rest as `notify` does, after the commit.
   */
  async notifyEach(work: Work, inputs: readonly NotificationInput[]): Promise<void> {
    const planned = inputs.map((input) => ({ n: delivery(input), wanted: this.wanted(input) })).filter((p) => p.n.userIds.length);
    for (const c of new Set(planned.flatMap((p) => p.wanted.filter((w) => w.withChange)))) {
      const mine = planned.filter((p) => p.wanted.includes(c)).map((p) => p.n);
      if (c.sendMany) await c.sendMany(mine, { db: work.db });
      else for (const n of mine) await c.send(n, { db: work.db });
    }
    for (const p of planned) {
      const later = p.wanted.filter((c) => !c.withChange).map((c) => c.id);
      if (later.length) work.emit(NOTIFY_EVENT, { channels: later, delivery: p.n } satisfies NotifyEventPayload as unknown as Record<string, unknown>);
    }
  }

  /**
   * A message to an address that is no user's (a phone signing up), through one outside channel. A channel this
   * deployment has no provider for writes the line that says it was not sent (the log adapter's), so a demo
   * without SMS still works and nobody mistakes it for a delivery; a provider that fails throws to the caller.
   */
  async sendToAddress(channelId: string, d: AddressDelivery): Promise<void> {
    const c = this.channels.get(channelId) ?? new LogChannel(channelId);
    if (!c.sendToAddress) throw new Error(`notification channel ${channelId} cannot send to an address`);
    await c.sendToAddress(d);
  }

  private wanted(input: NotificationInput): NotificationChannel[] {
    return (input.channels ?? ['inapp']).flatMap((id) => {
      const c = this.channels.get(id);
      if (!c) this.warnOnce(id);
      return c ? [c] : [];
    });
  }

  /** Outside channels, each on its own: one that fails is reported and stops neither the others nor the caller. */
  async deliver(p: NotifyEventPayload, db: Kysely<Database>): Promise<void> {
    await Promise.all(
      p.channels.map(async (id) => {
        try {
          await this.channels.get(id)!.send(p.delivery, { db });
        } catch (e) {
          this.report(
            `通知发送失败 / notification not delivered: channel ${id}, kind ${p.delivery.kind}, users ${p.delivery.userIds.join(',')}: ${(e as Error).message}`,
          );
        }
      }),
    );
  }

  private warnOnce(channelId: string) {
    if (this.warned.has(channelId)) return;
    this.warned.add(channelId);
    this.report(`通知渠道未配置，不发送 / notification channel "${channelId}" is not configured here; nothing is sent through it`);
  }
}
