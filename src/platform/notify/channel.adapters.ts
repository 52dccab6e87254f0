import type { Config } from '../config.js';
import type { NotificationChannel } from './notification.channel.js';
import { LogChannel } from './channel.log.js';

/** Adapters an operator can name for a channel (NOTIFY_SMS=log). A provider's adapter is added here. */
export const channelAdapters: Record<string, (channelId: string) => NotificationChannel> = {
  log: (channelId) => new LogChannel(channelId),
};

/** The outside channels the configuration asks for; an unknown adapter stops the start rather than drop messages. */
export function createChannels(config: Pick<Config, 'notifyChannels'>): NotificationChannel[] {
  return Object.entries(config.notifyChannels).map(([channelId, adapter]) => {
    const make = channelAdapters[adapter];
    if (!make) throw new Error(`NOTIFY_${channelId.toUpperCase()}: unknown adapter "${adapter}" (known: ${Object.keys(channelAdapters).join(', ')})`);
    return make(channelId);
  });
}
