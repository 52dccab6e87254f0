/**
 * Where the orders behind hot topics are, as cells of a heat map: never an order's own point. An order counts at
 * its compound's point where the district placed the compound on its map, else at the point it was reported at
 * rounded to three decimals of a degree (a cell of about 100 m, a compound's size), else at its committee's point;
 * an order with none of these stays off the map and is only counted.
 */

/** Orders of one compound, committee and rounded reported point (the repository's groups). */
export interface HeatGroup {
  compound_id: number | null;
  committee_id: number | null;
  /** The reported point rounded to 3 decimals, or null when the order has no point. */
  lat: number | null;
  lng: number | null;
  count: number;
}

export interface HeatCell {
  lat: number;
  lng: number;
  count: number;
}

export interface Heat {
  cells: HeatCell[];
  /** Orders counted, on the map or not. */
  total: number;
  /** Orders with no point to count them at. */
  unplaced: number;
}

export const HEAT_DECIMALS = 3;

const round = (v: number) => Math.round(v * 10 ** HEAT_DECIMALS) / 10 ** HEAT_DECIMALS;

/** Cells with their counts, the largest first; `points` holds the placed units' own points by unit id. */
export function heatCells(groups: readonly HeatGroup[], points: ReadonlyMap<number, { lat: number; lng: number }>): Heat {
  const cells = new Map<string, HeatCell>();
  let total = 0;
  let unplaced = 0;
  for (const g of groups) {
    total += g.count;
    const compound = g.compound_id === null ? undefined : points.get(g.compound_id);
    const reported = g.lat !== null && g.lng !== null ? { lat: round(g.lat), lng: round(g.lng) } : undefined;
    const committee = g.committee_id === null ? undefined : points.get(g.committee_id);
    const at = compound ?? reported ?? committee;
    if (!at) {
      unplaced += g.count;
      continue;
    }
    const key = `${at.lat},${at.lng}`;
    const cell = cells.get(key);
    if (cell) cell.count += g.count;
    else cells.set(key, { lat: at.lat, lng: at.lng, count: g.count });
  }
  const list = [...cells.values()].sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);
  return { cells: list, total, unplaced };
}
