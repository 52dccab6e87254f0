import { sql } from 'kysely';
import type { Core } from '../../../platform/core.js';
import { every } from '../../../platform/jobs.js';
import { refreshCube } from './indicator.repository.js';

const REFRESH_MS = 5 * 60_000;

/**
 * Re-sums the district cubes in the background, so that a reader rarely finds days to re-sum and the change
 * markers do not pile up while nobody looks at the indicators. Refreshes of one district serialise on their
 * own lock, so two processes doing this at once only wait for each other.
 */
export const indicatorJobs = (core: Core) =>
  every(REFRESH_MS, async () => {
    const districts = await sql<{ district_id: number }>`select distinct district_id from appeal_stat_dirty`.execute(core.db);
    for (const d of districts.rows) await refreshCube(core.db, d.district_id);
  }, (e) => console.error('appeals indicator refresh failed', e), 60_000);
