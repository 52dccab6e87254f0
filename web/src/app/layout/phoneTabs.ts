import type { NavItem } from '../api/types';

/** Places in a phone's bottom bar: a thumb's reach across the screen. */
export const TAB_SLOTS = 5;

/**
 * A phone's bottom bar: the role's daily work first, in the places the modules gave it (a grid worker's 走访, 工单,
 * 实有人口), then the menu in its order, Home first. When they do not all fit, the last place is 更多 and opens the
 * whole menu; `more` are the entries only found there.
 */
export function phoneTabs(items: readonly NavItem[], slots = TAB_SLOTS): { tabs: NavItem[]; more: NavItem[] } {
  const daily = items.filter((i) => i.phoneTab !== null).sort((a, b) => (a.phoneTab ?? 0) - (b.phoneTab ?? 0) || a.order - b.order);
  const all = [...daily, ...items.filter((i) => i.phoneTab === null)];
  if (all.length <= slots) return { tabs: all, more: [] };
  return { tabs: all.slice(0, slots - 1), more: all.slice(slots - 1) };
}
