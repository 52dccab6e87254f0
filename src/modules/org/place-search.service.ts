import type { Core } from '../../platform/core.js';
import type { Actor } from '../../platform/actor.js';
import { badRequest, notFound } from '../../platform/errors.js';
import * as locations from './location.repository.js';
import { searchPlaces, type PlaceMatch } from './place-search.repository.js';
import { ORG } from './org.policy.js';

const LIMIT = 20;
const MAX_TOKENS = 4;

export interface FoundPlace {
  id: number;
  type: PlaceMatch['type'];
  name: string;
  within: string | null;
  address: string | null;
  committee: string | null;
  lat: number;
  lng: number;
  /** The unit whose point this is: the place's own, or a building's compound when the building is not placed. */
  pointOf: number;
}

const idsOf = (path: string) => path.split('/').filter(Boolean).map(Number);

/**
 * Finds where something is by the words a resident knows: a compound's or building's name, a street address, a
 * committee or street. Buildings and compounds are places, not people (12号楼, 长乐路100弄), so every position of
 * the district may search its whole territory; a house is never found. A place counts at its own point, a building
 * at its compound's when it has none; a place with neither is left out, since it cannot set a point.
 */
export class PlaceSearchService {
  constructor(private readonly core: Core) {}

  async search(actor: Actor, text: string, districtCode?: string): Promise<FoundPlace[]> {
    this.core.assert(actor, ORG.placeSearch);
    const db = this.core.db;
    const district = districtCode
      ? await locations.districtFor(db, districtCode)
      : actor.scope.districtId
        ? await locations.districtById(db, actor.scope.districtId)
        : undefined;
    if (!district) {
      if (!districtCode) throw badRequest('VALIDATION', { summary: 'district: 请指明区划代码 / name the district code' });
      throw notFound('district');
    }
    // Another district's units stay out of reach of a position that has one of its own.
    if (actor.scope.districtId && !actor.scope.all && district.district_id !== actor.scope.districtId) throw notFound('district');
    const tokens = text.trim().split(/\s+/).filter(Boolean).slice(0, MAX_TOKENS);
    if (!tokens.length) return [];
    const matches = await searchPlaces(db, district.district_id, text.trim(), tokens, LIMIT * 2);
    const lookups = matches.map((m) => {
      const ids = idsOf(m.path);
      return m.type === 'building' ? [m.id, ids[ids.length - 2]!] : [m.id];
    });
    const points = new Map((await locations.pointsOf(db, [...new Set(lookups.flat())])).map((p) => [p.unit_id, p]));
    const found: FoundPlace[] = [];
    matches.forEach((m, i) => {
      const at = lookups[i]!.map((id) => points.get(id)).find((p) => p !== undefined);
      if (at)
        found.push({
          id: m.id,
          type: m.type,
          name: m.name,
          within: m.within,
          address: m.address,
          committee: m.committee,
          lat: at.lat,
          lng: at.lng,
          pointOf: at.unit_id,
        });
    });
    return found.slice(0, LIMIT);
  }
}
