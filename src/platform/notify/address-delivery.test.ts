import { describe, expect, it } from 'vitest';
import type { AddressDelivery, NotificationChannel } from './notification.channel.js';
import { Notifier } from './notifier.js';
import { LogChannel } from './channel.log.js';

const code: AddressDelivery = {
  to: '13912345678',
  shownAs: '139****5678',
  kind: 'test.code',
  body: { zh: '验证码 482913', en: 'Code 482913' },
  demoReadable: true,
};

describe('delivery to an address that is no user', () => {
  it('goes through the channel that has a provider', async () => {
    const got: AddressDelivery[] = [];
    const sms: NotificationChannel = { id: 'sms', send: async () => {}, sendToAddress: async (d) => void got.push(d) };
    await new Notifier([sms]).sendToAddress('sms', code);
    expect(got).toEqual([code]);
  });

  it('without a provider, writes a line that says it was not sent, with the body only for a demo code and the number masked', async () => {
    const lines: string[] = [];
    const log = new LogChannel('sms', (l) => lines.push(l));
    await log.sendToAddress(code);
    await log.sendToAddress({ ...code, body: { zh: '张三 幸福路 8 号', en: '' }, demoReadable: false });
    const [demo, other] = lines.map((l) => JSON.parse(l));
    expect(demo.msg).toContain('DEMO: SMS NOT sent');
    expect(demo.text).toBe('验证码 482913');
    expect(other.msg).toContain('not sent');
    expect(other.text).toBeUndefined();
    expect(lines.join('\n')).not.toContain('13912345678');
    expect(lines.join('\n')).not.toContain('幸福路');
  });

  it('refuses a channel that cannot reach an address (the in-app list is for users)', async () => {
    await expect(new Notifier().sendToAddress('inapp', code)).rejects.toThrow(/cannot send to an address/);
  });
});
