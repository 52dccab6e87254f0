import type { Core } from '../../platform/core.js';
import type { DomainEvent } from '../../platform/events.js';
import { followMove } from './export-request.repository.js';

/** A request filed under a unit that moves is decided by the unit's new supervisors. */
export async function onUnitMovedExports(e: DomainEvent, core: Core) {
  const { oldPath, newPath } = e.payload as { oldPath: string; newPath: string };
  await followMove(core.db, oldPath, newPath);
}
