import type { NavItem } from '../api/types';
import { sortNav } from '../nav';

const HOME: NavItem = {
  key: 'home',
  path: '/',
  label: { zh: '首页', en: 'Home' },
  icon: 'HomeOutlined',
  group: null,
  order: -1_000_000,
  phoneTab: null,
};

/** Server items, sorted, with a Home entry first if the server did not send one. */
export function withHome(items: NavItem[] | undefined): NavItem[] {
  const sorted = sortNav(items ?? []);
  return sorted.some((i) => i.path === '/') ? sorted : [HOME, ...sorted];
}
