import { sql } from 'kysely';
import type { Core } from './core.js';
import type { DemoContext } from './module.js';
import { loadProfile } from './profiles.js';
import { syncDistrictCatalogs } from './catalog.sync.js';
import { recordAudit } from './audit/audit.writer.js';
import { systemActor } from './actor.js';

export interface DemoResult {
  districtId: number;
  shared: Record<string, unknown>;
  seconds: number;
}

/** Mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Creates a district from a profile: its row and catalogs, then every module's demo data in dependency
 * order. Refuses a district that already exists, so a second start never doubles the data.
 */
export async function seedDistrict(
  core: Core,
  opts: { profile: string; scale: number; log?: (l: string) => void /** Modules whose demo data to leave out (a benchmark loads its own). */; skip?: string[] },
): Promise<DemoResult> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  if (!(opts.scale > 0 && opts.scale <= 2)) throw new Error(`scale must be in (0, 2], got ${opts.scale}`);
  const profile = loadProfile(opts.profile, core.config.profilesDir);
  // All or nothing: a start killed half-way through seeding leaves no half district behind.
  const result = await core.db.transaction().execute(async (trx) => {
    const c = core.withDb(trx);
    const existing = await c.db.selectFrom('district').select('id').where('code', '=', profile.districtCode).executeTakeFirst();
    if (existing) throw new Error(`区 ${profile.name.zh} 已存在 / district ${profile.name.en} already exists (id ${existing.id})`);
    const district = await c.db
      .insertInto('district')
      .values({ code: profile.districtCode, name: profile.divisions.district.name, profile: profile.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const copied = await syncDistrictCatalogs(c.db, c.catalogs, district.id, profile);
    log(`profile ${profile.id}: ${copied.length} catalogs`);
    const ctx: DemoContext = { core: c, districtId: district.id, profile: profile.id, scale: opts.scale, random: seededRandom(20261123), log, shared: {} };
    for (const m of c.modules) if (m.demo && !opts.skip?.includes(m.id)) await m.demo(ctx);
    const stats: Record<string, number> = {};
    for (const m of c.modules) if (m.stats) Object.assign(stats, await m.stats(c, district.id));
    await recordAudit(trx, c.auditSealer, systemActor('seed'), {
      action: 'platform.district.seed',
      targetType: 'district',
      targetId: district.id,
      districtId: district.id,
      summary: { profile: profile.id, scale: opts.scale, ...stats },
    });
    return { districtId: district.id, shared: ctx.shared, seconds: (Date.now() - started) / 1000 };
  });
  // Fresh bulk data has no planner statistics until autovacuum comes round; gather them now.
  await sql`analyze`.execute(core.db);
  return result;
}

export async function districtCount(core: Core): Promise<number> {
  const r = await core.db
    .selectFrom('district')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
