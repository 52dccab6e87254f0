import pg from 'pg';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  limit?: number;
  limitKind?: 'max' | 'min';
  ok?: boolean;
  /** The same figure measured before a change, printed beside it. */
  before?: number;
}

export interface BenchReport {
  database: string;
  params: Record<string, unknown>;
  figures: Figure[];
}

export const figure = (name: string, value: number, unit: string, limit?: number, limitKind: 'max' | 'min' = 'max'): Figure => ({
  name,
  // Small ratios need more than two decimals to say anything.
  value: Math.abs(value) < 1 ? Number(value.toPrecision(3)) : Math.round(value * 100) / 100,
  unit,
  limit,
  limitKind: limit === undefined ? undefined : limitKind,
  ok: limit === undefined ? undefined : limitKind === 'max' ? value <= limit : value >= limit,
});

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** A database of the benchmark's own on the PostgreSQL server, dropped by the returned function. */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = `linli_bench_${name}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`drop database if exists ${db} with (force)`);
  await c.query(`create database ${db}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${db}`;
  return {
    url: url.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${db} with (force)`);
      await d.end();
    },
  };
}

/** Runs `fn` `n` times from `concurrency` clients; returns per-call milliseconds and the wall time. */
export async function load(n: number, concurrency: number, fn: (i: number) => Promise<void>) {
  const samples: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await fn(i);
        samples.push(performance.now() - t);
      }
    }),
  );
  return { samples, wallMs: performance.now() - t0 };
}
