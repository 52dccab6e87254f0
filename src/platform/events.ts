/**
 * In-process domain events. Mutations queue events on their unit of work; the bus delivers them only after
 * the transaction commits, so a listener never sees a change that was rolled back. A handler that throws is
 * handed to `onFailure`, which the core points at the durable record of failed events (retried by a job), so a
 * failure is never only a line in a log. Payloads are plain JSON: a retry hands the handler the stored copy.
 */
export interface DomainEvent<P = Record<string, unknown>> {
  type: string;
  districtId: number | null;
  payload: P;
  actorId: number | null;
  at: Date;
}

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

/** A handler is known by the module that registered it ('platform' for the core's own) and its event type. */
export interface HandlerKey {
  module: string;
  type: string;
}

export interface HandlerFailure {
  key: HandlerKey;
  event: DomainEvent;
  error: unknown;
}

interface Subscription {
  module: string;
  handle: EventHandler;
}

export class EventBus {
  private handlers = new Map<string, Subscription[]>();

  /** Where a failure goes; the core records it durably. Until then (and if recording fails) it is logged. */
  onFailure: (failure: HandlerFailure) => Promise<void> | void = logFailure;

  /** `type` '*' hears every event. `module` names the handler's owner, to find it again for a retry. */
  subscribe(type: string, handler: EventHandler, module = 'local'): void {
    const list = this.handlers.get(type) ?? [];
    list.push({ module, handle: handler });
    this.handlers.set(type, list);
  }

  /** Delivers to every handler; one failing handler neither stops the others nor the caller's response. */
  async publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const sub of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          await sub.handle(event);
        } catch (error) {
          await this.fail({ key: { module: sub.module, type: event.type }, event, error });
        }
      }
    }
  }

  /** The handler registered under a key (its own type first, then '*'), to run an event it failed again. */
  handlerOf(key: HandlerKey): EventHandler | undefined {
    const own = (type: string) => this.handlers.get(type)?.find((s) => s.module === key.module)?.handle;
    return own(key.type) ?? own('*');
  }

  private async fail(failure: HandlerFailure): Promise<void> {
    try {
      await this.onFailure(failure);
    } catch (recording) {
      logFailure(failure);
      console.error(`失败事件无法记录 / the failed event could not be recorded: ${(recording as Error).message}`);
    }
  }
}

function logFailure({ key, event, error }: HandlerFailure) {
  console.error(
    `事件处理失败 / event handler failed: ${key.module} on ${key.type} (${JSON.stringify(event.payload).slice(0, 500)}): ${(error as Error)?.stack ?? String(error)}`,
  );
}
