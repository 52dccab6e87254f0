import type { Selectable } from 'kysely';
import type { AppealsTables } from '../appeals.schema.js';

export type RoutingRule = Selectable<AppealsTables['appeal_routing_rule']>;

/**
 * The rule that decides an order's handler: among active rules whose category covers the order's (a
 * subcategory beats its category, which beats '*') and whose area contains the place (a deeper area beats
 * a wider one), the most specific wins; ties go to the newest rule. None: the street's operations centre
 * triages by hand.
 */
export function pickRule(rules: readonly RoutingRule[], categoryCode: string, groupCode: string, unitPath: string): RoutingRule | null {
  let best: RoutingRule | null = null;
  let bestRank = -1;
  for (const r of rules) {
    if (!r.active) continue;
    const cat = r.category_code === categoryCode ? 2 : r.category_code === groupCode ? 1 : r.category_code === '*' ? 0 : -1;
    if (cat < 0) continue;
    if (r.area_path && !unitPath.startsWith(r.area_path)) continue;
    // Category specificity first, then area depth (path length grows with depth), then recency.
    const rank = cat * 1e6 + (r.area_path?.length ?? 0);
    if (rank > bestRank || (rank === bestRank && best && r.id > best.id)) {
      best = r;
      bestRank = rank;
    }
  }
  return best;
}
