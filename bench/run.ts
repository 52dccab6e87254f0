/**
 * `npm run bench -- <name>`: runs a benchmark, prints its figures against their limits, and writes them to
 * bench/results/<name>.json. Benchmarks run against PostgreSQL (BENCH_DATABASE_URL, default the local server),
 * in a database of their own that is dropped afterwards; `web` starts the server as `npm start` does and measures
 * the web app in chromium (bench/web.bench.ts).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

const benches: Record<string, () => Promise<import('./bench-kit.js').BenchReport>> = {
  org: async () => (await import('./org.bench.js')).run(),
  people: async () => (await import('./people.bench.js')).run(),
  appeals: async () => (await import('./appeals.bench.js')).run(),
  web: async () => (await import('./web.bench.js')).run(),
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = names.length ? names : Object.keys(benches);
let failed = 0;
for (const name of selected) {
  const bench = benches[name];
  if (!bench) {
    console.error(`unknown benchmark ${name}; have: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== bench ${name}`);
  const report = await bench();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  for (const f of report.figures) {
    const verdict = f.limit === undefined ? '' : f.ok ? '  ✓ within limit' : '  ✗ OVER LIMIT';
    const before = f.before === undefined ? '' : `  (before ${f.before} ${f.unit})`;
    console.log(
      `${f.name.padEnd(58)} ${String(f.value).padStart(10)} ${f.unit.padEnd(8)} ${f.limit !== undefined ? `(limit ${f.limitKind === 'min' ? '≥' : '≤'} ${f.limit})` : ''}${verdict}${before}`,
    );
    if (f.limit !== undefined && !f.ok) failed++;
  }
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results', `${name}.json`),
    `${JSON.stringify({ name, at: new Date().toISOString(), machine, ...report }, null, 2)}\n`,
  );
}
console.log(failed ? `\n${failed} figure(s) over their limit` : '\nall figures within their limits');
