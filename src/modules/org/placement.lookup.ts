import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import * as locations from './location.repository.js';
import type { PlacedCandidate } from './location.repository.js';
import { boxAround, distanceM, within, type PlacementHow, type PlacementSettings, type Point } from './placement.js';

export interface Placement {
  /** The deepest unit found (a compound, else a committee, else a street), or null when nothing is near. */
  unit: { id: number; type: string; name: string; path: string } | null;
  how: PlacementHow;
  /** Metres from the unit's point when placed by nearness. */
  distanceM: number | null;
}

const depthOf = (c: PlacedCandidate) => c.path.split('/').length;
const deepest = (cs: PlacedCandidate[]) => cs.reduce<PlacedCandidate | undefined>((a, c) => (!a || depthOf(c) > depthOf(a) ? c : a), undefined);
const view = (c: PlacedCandidate) => ({ id: c.id, type: c.type, name: c.name, path: c.path });

async function nearest(db: Kysely<Database>, districtId: number, type: 'compound' | 'committee', p: Point, radiusM: number, path?: string) {
  if (radiusM <= 0) return undefined;
  let best: { c: PlacedCandidate; d: number } | undefined;
  for (const c of await locations.pointsNear(db, districtId, type, boxAround(p, radiusM), path)) {
    const d = distanceM(p, c);
    if (d <= radiusM && (!best || d < best.d || (d === best.d && c.id < best.c.id))) best = { c, d };
  }
  return best;
}

/**
 * The unit of a district a point falls in: the deepest surveyed boundary holding it when that is a compound;
 * else the nearest compound within the radius (inside the committee or street whose boundary holds it, when one
 * does); else that committee; else the nearest committee within its radius (inside the street found); else
 * that street; else unplaced.
 */
export async function placePoint(db: Kysely<Database>, districtId: number, p: Point, settings: PlacementSettings): Promise<Placement> {
  const inside = (await locations.boundedAt(db, districtId, p)).filter((c) => c.boundary && within(p, c.boundary));
  const compound = deepest(inside.filter((c) => c.type === 'compound'));
  if (compound) return { unit: view(compound), how: 'boundary', distanceM: null };
  const committee = deepest(inside.filter((c) => c.type === 'committee'));
  const street = deepest(inside.filter((c) => c.type === 'street'));
  const nearCompound = await nearest(db, districtId, 'compound', p, settings.compoundRadiusM, committee?.path ?? street?.path);
  if (nearCompound) return { unit: view(nearCompound.c), how: 'nearest_compound', distanceM: Math.round(nearCompound.d) };
  if (committee) return { unit: view(committee), how: 'boundary', distanceM: null };
  const nearCommittee = await nearest(db, districtId, 'committee', p, settings.committeeRadiusM, street?.path);
  if (nearCommittee) return { unit: view(nearCommittee.c), how: 'nearest_committee', distanceM: Math.round(nearCommittee.d) };
  if (street) return { unit: view(street), how: 'boundary', distanceM: null };
  return { unit: null, how: 'unplaced', distanceM: null };
}
