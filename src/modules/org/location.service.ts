import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { localize } from '../../platform/i18n.js';
import { ORG } from './org.policy.js';
import type { GeoPolygon } from './org.schema.js';
import * as repo from './unit.repository.js';
import * as locations from './location.repository.js';
import { boundaryProblem, inChina, within } from './placement.js';
import { typeLabel } from './unit.rules.js';

export interface LocationInput {
  lat: number;
  lng: number;
  boundary?: GeoPolygon | null;
}

// A house's point would say where a resident lives: the map stops at buildings.
const PLACEABLE = ['district', 'street', 'committee', 'compound', 'building'];

/**
 * Where a unit is on the district's map (decision 0020): set by those who maintain the territory, within their
 * own, each change audited with what it replaced.
 */
export class LocationService {
  constructor(private readonly core: Core) {}

  async get(actor: Actor, unitId: number) {
    this.core.assert(actor, ORG.read);
    const unit = await repo.findVisible(this.core.db, actor.scope, unitId);
    if (!unit) throw notFound('unit');
    return (await locations.ofUnit(this.core.db, unitId)) ?? null;
  }

  async set(actor: Actor, unitId: number, input: LocationInput) {
    this.core.assert(actor, ORG.manage);
    const boundary = input.boundary ?? null;
    if (!inChina(input)) throw badRequest('POINT_OUT_OF_RANGE');
    if (boundary) {
      const problem = boundaryProblem(boundary);
      if (problem) throw badRequest('BOUNDARY_INVALID', { problem });
      if (!within(input, boundary)) throw badRequest('POINT_OUTSIDE_BOUNDARY');
    }
    return this.core.mutate(actor, async (w) => {
      const unit = await repo.findVisible(w.db, actor.scope, unitId);
      if (!unit) throw notFound('unit');
      if (unit.retired_at) throw conflict('UNIT_RETIRED', { name: unit.name });
      if (!PLACEABLE.includes(unit.type)) throw badRequest('UNIT_LOCATION_TYPE', { typeLabel: localize(typeLabel(unit.type, unit.kind), actor.locale) });
      const before = await locations.ofUnit(w.db, unitId);
      await locations.upsertMany(w.db, [{ unitId, districtId: unit.district_id, point: input, boundary, source: 'manual' }]);
      await w.audit({
        action: 'org.unit.locate',
        targetType: 'unit',
        targetId: unitId,
        unitPath: unit.path,
        districtId: unit.district_id,
        summary: {
          before: before ? { lat: before.lat, lng: before.lng, boundary: before.boundary !== null } : null,
          after: { lat: input.lat, lng: input.lng, boundary: boundary !== null },
        },
      });
      return (await locations.ofUnit(w.db, unitId))!;
    });
  }
}
