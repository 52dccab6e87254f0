import type { Core } from '../core.js';
import type { Actor } from '../actor.js';
import type { Locale } from '../i18n.js';
import { forbidden, notFound } from '../errors.js';
import * as repo from './notification.repository.js';

export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/** A row in the reader's language: the English of a pair when they read in English, else the text as given. */
export const viewOf = (r: repo.NotificationRow, locale: Locale): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: locale === 'en' ? (r.title_en ?? r.title) : r.title,
  body: locale === 'en' ? (r.body_en ?? r.body) : r.body,
  link: r.link,
  data: r.data,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

/**
 * A person's own notifications. Every call is bound to the caller's user id, which is the whole access rule:
 * no role reads another user's list. Marking read is not audited: it changes what the reader has seen, not
 * any record of the district.
 */
export class NotificationService {
  constructor(private readonly core: Core) {}

  async list(actor: Actor, q: { unreadOnly: boolean; page: number; pageSize: number }) {
    const userId = person(actor);
    const [rows, counts] = await Promise.all([
      repo.listForUser(this.core.db, userId, { unreadOnly: q.unreadOnly, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
      repo.countForUser(this.core.db, userId),
    ]);
    return {
      items: rows.map((r) => viewOf(r, actor.locale)),
      total: q.unreadOnly ? counts.unread : counts.total,
      unread: counts.unread,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async markRead(actor: Actor, id: number) {
    const userId = person(actor);
    const row = await repo.markRead(this.core.db, userId, id, new Date());
    // Another user's notification is answered as a missing one: its existence is not ours to confirm.
    if (!row) throw notFound('notification');
    return { unread: await repo.countUnread(this.core.db, userId) };
  }

  async markAllRead(actor: Actor) {
    const userId = person(actor);
    const updated = await repo.markAllRead(this.core.db, userId, new Date());
    return { updated, unread: await repo.countUnread(this.core.db, userId) };
  }
}

/** Notifications are a person's: an API token, which acts for a system, has none to read. */
function person(actor: Actor): number {
  if (actor.limitedTo || !actor.userId) throw forbidden('notifications');
  return actor.userId;
}
