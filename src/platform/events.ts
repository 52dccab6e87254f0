/**
 * In-process domain events. Mutations queue events on their unit of work; the bus delivers them only after
 * the transaction commits, so a listener never sees a change that was rolled back.
 */
export interface DomainEvent<P = Record<string, unknown>> {
  type: string;
  districtId: number | null;
  payload: P;
  actorId: number | null;
  at: Date;
}

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

export class EventBus {
  private handlers = new Map<string, EventHandler[]>();
  private failures: Array<{ event: DomainEvent; error: unknown }> = [];

  subscribe(type: string, handler: EventHandler): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler);
    this.handlers.set(type, list);
  }

  /** Delivers to every handler; one failing handler neither stops the others nor the caller's response. */
  async publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          await handler(event);
        } catch (error) {
          this.failures.push({ event, error });
          if (this.failures.length > 100) this.failures.shift();
          this.onError?.(event, error);
        }
      }
    }
  }

  onError?: (event: DomainEvent, error: unknown) => void;

  recentFailures() {
    return [...this.failures];
  }
}
