import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Kysely 0.28 speaks to PostgreSQL through a pg-like Pool. PGlite is a single in-process connection, so this
 * pool hands that one connection to one borrower at a time: a transaction then owns the database until it
 * releases, exactly as it would own a server connection, and concurrent requests queue instead of
 * interleaving their statements inside each other's transactions.
 */
export class PGlitePool implements PostgresPool {
  private queue: Array<() => void> = [];
  private busy = false;

  constructor(private readonly pg: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.busy) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.busy = true;
    let released = false;
    const pg = this.pg;
    const client = {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        // Migrations send several statements without parameters: only the simple protocol (exec) takes those.
        if (parameters.length === 0 && /;\s*\S/.test(sql)) {
          const results = await pg.exec(sql);
          const last = results[results.length - 1];
          return { command: firstWord(sql), rowCount: last?.affectedRows ?? 0, rows: (last?.rows ?? []) as R[] } as PostgresQueryResult<R>;
        }
        const result = await pg.query<R>(sql, parameters as unknown[], { rowMode: 'object' });
        const command = firstWord(sql);
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows } as PostgresQueryResult<R>;
      },
      release: () => {
        if (released) return;
        released = true;
        const next = this.queue.shift();
        if (next) next();
        else this.busy = false;
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.pg.close();
  }
}

function firstWord(sql: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i.exec(sql);
  return (m?.[1] ?? 'SELECT').toUpperCase();
}
