import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import * as grids from './grid.repository.js';
import * as departments from './department.repository.js';
import { ORG } from './org.policy.js';
import type { UnitRow } from './unit.repository.js';

/** The overlays on the territory: grids and party-building areas, departments and their street teams. */
export class GridService {
  constructor(private readonly core: Core) {}

  listGrids(actor: Actor, q: { streetId?: number; q?: string; page: number; pageSize: number }) {
    this.core.assert(actor, ORG.overlayRead);
    return grids.list(this.core.db, actor.scope, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  }

  async getGrid(actor: Actor, id: number) {
    this.core.assert(actor, ORG.overlayRead);
    const grid = await grids.findVisible(this.core.db, actor.scope, id);
    if (!grid) throw notFound('grid');
    return { grid, units: await grids.unitsOf(this.core.db, id) };
  }

  async coveringUnit(actor: Actor, unit: UnitRow) {
    if (!this.core.can(actor, ORG.overlayRead)) return [];
    return grids.covering(this.core.db, unit.path);
  }

  listDepartments(actor: Actor, q: { q?: string; parentId?: number; page: number; pageSize: number }) {
    this.core.assert(actor, ORG.overlayRead);
    return departments.list(this.core.db, actor.scope, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  }

  async getDepartment(actor: Actor, id: number) {
    this.core.assert(actor, ORG.overlayRead);
    const dept = await departments.findVisible(this.core.db, actor.scope, id);
    if (!dept) throw notFound('department');
    const teams = await departments.list(this.core.db, actor.scope, { parentId: id, limit: 200, offset: 0 });
    return { dept, teams: teams.items };
  }
}
