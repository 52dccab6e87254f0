import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api/client';
import type { ApiResponse, NavItem } from './api/types';
import { useAuth } from './auth/AuthContext';
import { takeEarly } from './early';

export type Todo = ApiResponse<'/api/todos'>['items'][number];

export function useNav() {
  const { session } = useAuth();
  return useQuery({
    queryKey: ['nav', session?.user.id, session?.activePositionId],
    queryFn: ({ signal }) => takeEarly('/api/nav') ?? api.get('/api/nav', { signal }),
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

const TODOS = 'todos';

/**
 * The caller's to-dos with their counts (GET /api/todos): read again every minute, when the window comes back
 * into focus, and after any change the user makes (a dispatch, an approval: useTodosFollowChanges), so that a
 * badge does not lag the list.
 */
export function useTodos() {
  const { session } = useAuth();
  return useQuery({
    queryKey: [TODOS, session?.user.id, session?.activePositionId],
    queryFn: ({ signal }) => takeEarly('/api/todos') ?? api.get('/api/todos', { signal }),
    enabled: !!session && !session.user.mustChangePassword,
    staleTime: 30_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** Reads the to-dos again after every change that succeeds; called once, by the layout. */
export function useTodosFollowChanges() {
  const qc = useQueryClient();
  useEffect(
    () =>
      qc.getMutationCache().subscribe((e) => {
        if (e.type === 'updated' && e.action.type === 'success') void qc.invalidateQueries({ queryKey: [TODOS] });
      }),
    [qc],
  );
}

/** What a menu item's badge shows: the to-dos that name it, added up, and how many of them are overdue. */
export function badgesOf(todos: readonly Todo[] | undefined): Map<string, { count: number; overdue: number }> {
  const out = new Map<string, { count: number; overdue: number }>();
  for (const t of todos ?? []) {
    const b = out.get(t.nav) ?? { count: 0, overdue: 0 };
    out.set(t.nav, { count: b.count + t.count, overdue: b.overdue + t.overdue });
  }
  return out;
}

/** How many items wait behind one to-do (0 while unknown). */
export function useTodoCount(key: string): number | undefined {
  const todos = useTodos();
  return todos.data ? (todos.data.items.find((t) => t.key === key)?.count ?? 0) : undefined;
}
