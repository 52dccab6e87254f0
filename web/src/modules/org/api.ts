import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export const orgKeys = {
  all: ['org'] as const,
  unit: (id: number) => ['org', 'unit', id] as const,
  children: (parentId: number | null) => ['org', 'units', 'children', parentId ?? 'roots'] as const,
  housingTypes: ['org', 'housing-types'] as const,
};

export const TREE_PAGE_SIZE = 200;

export function fetchChildren(parentId: number | null, signal?: AbortSignal) {
  return api.get('/api/org/units', { query: { parentId: parentId ?? undefined, pageSize: TREE_PAGE_SIZE, page: 1 }, signal });
}

export function useUnit(id: number | undefined) {
  return useQuery({
    queryKey: orgKeys.unit(id ?? 0),
    queryFn: ({ signal }) => api.get('/api/org/units/{id}', { path: { id: id ?? 0 }, signal }),
    enabled: id !== undefined,
  });
}

export function useHousingTypes(enabled = true) {
  return useQuery({
    queryKey: orgKeys.housingTypes,
    queryFn: ({ signal }) => api.get('/api/org/catalogs/housing-types', { signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** After a change to the tree: everything cached under ['org'] may be stale. */
export function useInvalidateOrg() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: orgKeys.all });
}
