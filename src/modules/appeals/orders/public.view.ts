import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { localize, type Locale } from '../../../platform/i18n.js';
import { unitNames, unitPoints } from '../../org/index.js';
import type { Category, PublicPlaceLevel } from '../category.catalog.js';
import type { Step } from './order.machine.js';

/**
 * What any public page or feed (Open311 today) may show of a request, decided in one place: the place at the
 * level the district sets (a compound or a street, never a building, house or room), coordinates rounded to
 * that level, the category's name instead of the reporter's words (titles carry names and house numbers),
 * nothing of a private category, and a handler's note only when they marked it public.
 */

/** Unit types a public page may name at each level. */
const NAMEABLE: Record<PublicPlaceLevel, readonly string[]> = {
  compound: ['compound', 'committee', 'street', 'district'],
  street: ['street', 'district'],
};

// Three decimals of a degree are about 100 m here, the size of a compound; two are about 1 km, a street's. A
// unit placed on the district's map lends its own point instead (decision 0020): the compound's centre, not a
// spot a hundred metres from where the reporter stood.
const DECIMALS: Record<PublicPlaceLevel, number> = { compound: 3, street: 2 };

/** Steps whose note a handler or dispatcher may mark public: what they tell everyone about the outcome. */
export const PUBLISHABLE_NOTE_STEPS: readonly Step[] = ['suspend', 'resolve', 'close', 'merge', 'invalidate'];

export interface PlaceUnit {
  id: number;
  name: string;
  type: string;
  /** The unit's own point, when the district has placed it on its map. */
  lat?: number;
  lng?: number;
}

export interface PublicPlace {
  unitId: number | null;
  name: string | null;
  lat: number | null;
  lng: number | null;
}

/** Where a request is, as stored on it: its territory path and the point it was reported at. */
export interface PlaceOf {
  unitPath: string | null;
  lat: number | null;
  lng: number | null;
}

/** '/1/23/456/' → [1, 23, 456], from the district down. */
export const pathIds = (path: string | null) => (path ?? '').split('/').filter(Boolean).map(Number);

/** Whether a category's requests may appear on a public page at all. */
export const mayBePublic = (c: Category | undefined): c is Category => !!c && !c.private;

/**
 * The place of a request as a public page shows it: the deepest unit of its path that the level allows (the
 * compound of a house, the street of a committee at street level), and its point rounded to that level.
 * `units` holds the units of the path (unitsOnPaths reads them).
 */
export function publicPlace(at: PlaceOf, units: ReadonlyMap<number, PlaceUnit>, level: PublicPlaceLevel): PublicPlace {
  const allowed = NAMEABLE[level];
  const unit = pathIds(at.unitPath)
    .reverse()
    .map((id) => units.get(id))
    .find((u) => u && allowed.includes(u.type));
  const factor = 10 ** DECIMALS[level];
  const round = (v: number | null) => (v === null ? null : Math.round(v * factor) / factor);
  // A request with a point is shown at its unit's point where the unit has one; one without stays off the map.
  const snap = at.lat !== null && at.lng !== null && unit?.lat !== undefined && unit.lng !== undefined;
  return { unitId: unit?.id ?? null, name: unit?.name ?? null, lat: round(snap ? unit!.lat! : at.lat), lng: round(snap ? unit!.lng! : at.lng) };
}

/** The units on the paths of many requests, read once through the org module. */
export async function unitsOnPaths(db: Kysely<Database>, paths: ReadonlyArray<string | null>): Promise<Map<number, PlaceUnit>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const [rows, points] = await Promise.all([unitNames(db, ids), unitPoints(db, ids)]);
  const at = new Map(points.map((p) => [p.unit_id, { lat: p.lat, lng: p.lng }]));
  return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, type: u.type, ...at.get(u.id) }]));
}

/** What a public page calls a request instead of its title: the category's name. */
export const publicTitle = (c: Category, locale: Locale) => localize(c.name, locale);

/**
 * Who handles a request, as a public page names it. At street level a committee's name would say more about
 * the place than the street does, so it reads as "a neighbourhood committee".
 */
export function publicHandlerName(kind: string | null, name: string | null, level: PublicPlaceLevel, locale: Locale): string | null {
  if (kind === 'committee' && level === 'street') return localize({ zh: '居委会', en: 'Neighbourhood committee' }, locale);
  return name;
}
