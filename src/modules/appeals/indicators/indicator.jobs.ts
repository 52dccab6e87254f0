import type { Core } from '../../../platform/core.js';
import { every } from '../../../platform/jobs.js';
import { refreshCube, staleDistricts } from './indicator.repository.js';

const REFRESH_MS = 5 * 60_000;

/**
 * Re-sums the district cubes in the background, so that a reader rarely finds days to re-sum and the change
 * markers do not pile up while nobody looks at the indicators. Refreshes of one district serialise on their
 * own lock, so two processes doing this at once only wait for each other.
 */
export const indicatorJobs = (core: Core) =>
  every(
    REFRESH_MS,
    async () => {
      for (const districtId of await staleDistricts(core.db)) await refreshCube(core.db, districtId);
    },
    (e) => console.error('appeals indicator refresh failed', e),
    60_000,
  );
