/**
 * Runs one people-import job in a process of its own, so that the peak memory measured is the import's and
 * not the benchmark's (which has just seeded a district and written the file). Prints one JSON line.
 * Arguments: jobId districtId userId positionId; DATABASE_URL and DATA_DIR as for the server.
 */
import { loadConfig } from '../src/platform/config.js';
import { startPlatform } from '../src/platform/bootstrap.js';
import { systemActor } from '../src/platform/actor.js';
import { modules } from '../src/modules/index.js';
import { ImportService } from '../src/modules/people/import.service.js';

const [jobId, districtId, userId, positionId] = process.argv.slice(2).map(Number) as [number, number, number, number];
const p = await startPlatform(loadConfig(), modules);
const actor = {
  ...systemActor('bench-import'),
  userId,
  userName: 'bench',
  positionId,
  role: 'admin' as const,
  scope: { all: true, districtId, paths: [], departmentId: null, gridId: null },
};
const t0 = performance.now();
// When each phase began, for telling where an import's time goes.
const phases: Array<[string, number]> = [['read, check and seal', 0]];
ImportService.phases.on('phase', (_id: number, phase: string) => phases.push([phase, Math.round(performance.now() - t0)]));
await new ImportService(p.core).run(jobId, actor);
const ms = performance.now() - t0;
await p.close();
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, phases }));
