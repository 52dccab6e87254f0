import { loadConfig } from '../src/platform/config.js';
import { startPlatform } from '../src/platform/bootstrap.js';
import { seedDistrict } from '../src/platform/demo.js';
import { buildApp } from '../src/platform/http/app.js';
import { systemActor } from '../src/platform/actor.js';
import { orgModule } from '../src/modules/org/module.js';
import { accountsModule } from '../src/modules/accounts/module.js';
import { DEMO_PASSWORD } from '../src/modules/accounts/accounts.demo.js';
import { benchDatabase, figure, load, percentile, type BenchReport } from './bench-kit.js';

/**
 * The platform foundation at full Jing'an scale: territory browsing through the HTTP API as the scoped roles
 * use it, and the cost of an audited write.
 */
export async function run(): Promise<BenchReport> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const { url, drop } = await benchDatabase('org');
  const config = { ...loadConfig({}), databaseUrl: url, loginRateLimitPerMinute: 1_000_000 };
  // The territory and its accounts only: with every module, seeding at scale 1 would also make a million
  // residents and a year of orders, which this benchmark neither reads nor should wait for.
  const p = await startPlatform(config, [orgModule, accountsModule]);
  const figures = [];
  try {
    const t0 = performance.now();
    await seedDistrict(p.core, { profile: 'jingan', scale });
    const seedSeconds = (performance.now() - t0) / 1000;
    const houses = Number(
      (
        await p.core.db
          .selectFrom('unit')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('type', '=', 'house')
          .executeTakeFirstOrThrow()
      ).n,
    );
    figures.push(figure(`seed Jing'an territory at scale ${scale} (${houses} houses)`, seedSeconds, 's'));

    const app = await buildApp(p.core);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const loginAs = async (username: string) => {
      const r = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD, bearer: true }),
      });
      const body = (await r.json()) as { token: string; positions: Array<{ unitId: number }> };
      return { headers: { authorization: `Bearer ${body.token}` }, unitId: body.positions[0]!.unitId };
    };
    const worker = await loginAs('worker');
    const street = await loginAs('street');
    const district = await loginAs('district');
    const get = async (h: { headers: Record<string, string> }, path: string) => {
      const r = await fetch(base + path, { headers: h.headers });
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
      await r.arrayBuffer();
    };
    const compounds = (await p.core.db.selectFrom('unit').select('id').where('parent_id', '=', worker.unitId).execute()).map((r) => r.id);
    const N = 2000;
    const cases: Array<[string, (i: number) => Promise<void>, number]> = [
      ['committee worker: children of a compound (p95)', (i) => get(worker, `/api/org/units?parentId=${compounds[i % compounds.length]}`), 20],
      ['committee worker: unit detail (p95)', (i) => get(worker, `/api/org/units/${compounds[i % compounds.length]}`), 20],
      [
        'street staff: search units by name in the street (p95)',
        (i) => get(street, `/api/org/units?q=${encodeURIComponent(['1号楼', '居委会', '小区', '苑'][i % 4]!)}`),
        50,
      ],
      ['district staff: committees of the district, page 1 (p95)', () => get(district, `/api/org/units?type=committee&pageSize=50`), 50],
    ];
    for (const [name, fn, limit] of cases) {
      await load(100, 4, fn);
      const { samples } = await load(N, 4, fn);
      figures.push(figure(name, percentile(samples, 95), 'ms', limit));
    }

    const actor = systemActor('bench');
    const writes = await load(2000, 16, async (i) => {
      await p.core.mutate(actor, (w) => w.audit({ action: 'bench.write', targetType: 'bench', targetId: i, unitPath: '/1/', summary: { i } }));
    });
    figures.push(figure('audited writes, 16 concurrent (rate)', 2000 / (writes.wallMs / 1000), 'per s', 500, 'min'));
    figures.push(figure('audited writes, 16 concurrent (p99)', percentile(writes.samples, 99), 'ms'));
    await app.close();
    return { database: 'PostgreSQL', params: { scale, houses, requests: N, concurrency: 4 }, figures };
  } finally {
    await p.close();
    await drop();
  }
}
