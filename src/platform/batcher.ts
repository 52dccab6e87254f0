/**
 * Takes many small independent requests (intake from many clients at once) in groups: while one group is being
 * written, the requests that arrive wait and then go together in the next. An idle server starts a lone request
 * at once, so nothing waits for a timer; a busy one pays one transaction, one flush to disk and one turn of the
 * audit chain's lock per group instead of per request, and writes each table with one statement.
 *
 * `run` answers each item of a group with its result or its own error. If it throws instead (the group's
 * transaction failed as a whole), every item is run again alone, so one bad item costs the others nothing.
 */
export class Batcher<I, R> {
  private queue: Array<{ item: I; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<R | Error>>,
    private readonly maxGroup = 64,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.queue.length) {
        const group = this.queue.splice(0, this.maxGroup);
        try {
          const out = await this.run(group.map((g) => g.item));
          out.forEach((r, i) => (r instanceof Error ? group[i]!.reject(r) : group[i]!.resolve(r)));
        } catch (error) {
          if (group.length === 1) {
            group[0]!.reject(error);
            continue;
          }
          for (const g of group) {
            try {
              const [r] = await this.run([g.item]);
              if (r instanceof Error) g.reject(r);
              else g.resolve(r as R);
            } catch (e) {
              g.reject(e);
            }
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}
