import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import * as locations from './location.repository.js';
import { mapSettings } from './map.catalog.js';

/**
 * A district's map as the web app draws it: the tile sources it has configured (none: the app draws the
 * offline base layer from these units alone) and its geography down to compounds. The same for everyone who
 * may see the district's public pages, so no permission is asked; a building or a house is never in it.
 */
export class MapService {
  constructor(private readonly core: Core) {}

  async territory(actor: Actor | null, districtCode: string | undefined) {
    const db = this.core.db;
    const district = districtCode
      ? await locations.districtFor(db, districtCode)
      : actor?.scope.districtId
        ? await locations.districtById(db, actor.scope.districtId)
        : await locations.districtFor(db, undefined);
    if (!district) {
      if (!districtCode) throw badRequest('VALIDATION', { summary: 'district: 请指明区划代码 / name the district code' });
      throw notFound('district');
    }
    const [settings, units] = await Promise.all([mapSettings(db, district.district_id), locations.geographyOf(db, district.district_id)]);
    return {
      district: { id: district.district_id, name: district.name, code: district.code },
      layers: settings.layers,
      units: units.map((u) => ({ id: u.id, parentId: u.parent_id, type: u.type, name: u.name, lat: u.lat, lng: u.lng, boundary: u.boundary })),
    };
  }
}
