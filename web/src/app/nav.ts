import { useQuery } from '@tanstack/react-query';
import { api } from './api/client';
import type { NavItem } from './api/types';
import { useAuth } from './auth/AuthContext';

export function useNav() {
  const { session } = useAuth();
  return useQuery({
    queryKey: ['nav', session?.user.id, session?.activePositionId],
    queryFn: ({ signal }) => api.get('/api/nav', { signal }),
    enabled: !!session && !session.user.mustChangePassword,
    staleTime: 5 * 60_000,
  });
}

export function sortNav(items: NavItem[]): NavItem[] {
  return [...items].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** The nav item whose path is the longest prefix of the current path ('/' matches only itself). */
export function matchNav(items: NavItem[], pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const it of items) {
    const p = it.path.replace(/\/+$/, '') || '/';
    const hit = p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`);
    if (hit && (!best || p.length > best.path.length)) best = it;
  }
  return best;
}
