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

/**
 * A message to an address that belongs to no user yet (a phone signing up). Only outside channels take one: the
 * in-app list is a user's.
 */
export interface AddressDelivery {
  /** The channel's own address: a mobile number for SMS. */
  to: string;
  /** The address as logs may show it (a masked phone). */
  shownAs: string;
  kind: string;
  body: Label;
  /**
   * The body holds a one-time code and nothing personal: where the channel has no provider (a demo), the line
   * that says it was not sent may carry it, so that whoever tries the demo can read it on the server's console.
   */
  demoReadable?: boolean;
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
  /** A message to an address rather than to users; a channel without it cannot reach people who have no account. */
  sendToAddress?(d: AddressDelivery): Promise<void>;
}
