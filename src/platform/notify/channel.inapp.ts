import type { ChannelContext, Delivery, NotificationChannel } from './notification.channel.js';
import { insertForUsers } from './notification.repository.js';

/** The notification list of the web app: one row per recipient, written with the change that caused it. */
export class InAppChannel implements NotificationChannel {
  readonly id = 'inapp';
  readonly withChange = true;

  send(n: Delivery, ctx: ChannelContext): Promise<void> {
    return this.sendMany([n], ctx);
  }

  async sendMany(ns: readonly Delivery[], { db }: ChannelContext): Promise<void> {
    const en = (l: { zh: string; en: string }) => (l.en === l.zh ? null : l.en);
    const rows = ns.flatMap((n) =>
      n.userIds.map((userId) => ({
        user_id: userId,
        kind: n.kind,
        title: n.title.zh,
        title_en: en(n.title),
        body: n.body.zh,
        body_en: en(n.body),
        link: n.link,
        data: JSON.stringify(n.data),
      })),
    );
    const written = new Set(await insertForUsers(db, rows));
    // Sending to a user who does not exist is a mistake in the caller; failing makes its change roll back.
    const missing = [...new Set(rows.map((r) => r.user_id).filter((id) => !written.has(id)))];
    if (missing.length) throw new Error(`notification ${ns.map((n) => n.kind).join(', ')}: no user ${missing.join(', ')}`);
  }
}
