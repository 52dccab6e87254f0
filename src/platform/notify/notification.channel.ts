import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Label } from '../i18n.js';

/** One notification to its recipients, in both languages, as every channel receives it. */
export interface Delivery {
  userIds: number[];
  /** What happened, for filtering and for the web app's icon: 'appeals.assigned'. */
  kind: string;
  title: Label;
  body: Label;
  /** A path of the web app ('/appeals/42'). */
  link: string | null;
  data: Record<string, unknown>;
}

export interface ChannelContext {
  /** The caller's transaction for a channel that goes with the change; the database otherwise. */
  db: Kysely<Database>;
}

export type ChannelId = 'inapp' | 'sms' | 'wechat' | (string & {});

/**
 * A way of reaching people. A channel that goes with the change (in-app) writes in the caller's transaction,
 * so its record exists exactly when the change does; every other channel is called after the commit, so a
 * rolled-back change sends nothing. `send` throws when it did not deliver: nobody is told it was sent.
 */
export interface NotificationChannel {
  readonly id: ChannelId;
  readonly withChange?: boolean;
  send(n: Delivery, ctx: ChannelContext): Promise<void>;
  /** Several deliveries at once, where the channel can do them in one go (one insert for the in-app list). */
  sendMany?(ns: readonly Delivery[], ctx: ChannelContext): Promise<void>;
}
