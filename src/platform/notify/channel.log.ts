import type { AddressDelivery, Delivery, NotificationChannel } from './notification.channel.js';

const stdoutLine = (line: string) => void process.stdout.write(`${line}\n`);

/**
 * The adapter for a channel this deployment has no provider for yet (NOTIFY_SMS=log): it writes a JSON log
 * line saying the notification was NOT sent, so that nobody mistakes it for a delivery. The body is left out:
 * it may carry personal details, and logs are kept longer and guarded less than the data.
 */
export class LogChannel implements NotificationChannel {
  constructor(
    readonly id: string,
    private readonly write: (line: string) => void = stdoutLine,
  ) {}

  async send(n: Delivery): Promise<void> {
    this.write(
      JSON.stringify({
        level: 30,
        time: Date.now(),
        msg: `通知未发出（${this.id} 渠道使用 log 适配器，只记录）/ notification not sent: the ${this.id} channel uses the log adapter`,
        channel: this.id,
        kind: n.kind,
        userIds: n.userIds,
        title: n.title.zh,
        link: n.link,
      }),
    );
  }

  /** An address delivery is logged the same way; its body only when it is a demo's one-time code (demoReadable). */
  async sendToAddress(d: AddressDelivery): Promise<void> {
    this.write(
      JSON.stringify({
        level: 30,
        time: Date.now(),
        msg: d.demoReadable
          ? `【演示】短信未发出，内容仅显示在此 / DEMO: SMS NOT sent, shown here only (the ${this.id} channel has no provider)`
          : `通知未发出（${this.id} 渠道使用 log 适配器，只记录）/ notification not sent: the ${this.id} channel uses the log adapter`,
        channel: this.id,
        kind: d.kind,
        to: d.shownAs,
        ...(d.demoReadable ? { text: d.body.zh } : {}),
      }),
    );
  }
}
