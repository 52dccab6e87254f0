import { useQuery, useQueryClient } from '@tanstack/react-query';
import { legacyApi } from '../../app/api/client';
import type { Paged } from '../../app/api/types';
import type { HousingTypes, Unit, UnitDetail } from './types';

export const orgKeys = {
  all: ['org'] as const,
  unit: (id: string) => ['org', 'unit', id] as const,
  children: (parentId: string | null) => ['org', 'units', 'children', parentId ?? 'roots'] as const,
  housingTypes: ['org', 'housing-types'] as const,
};

export const TREE_PAGE_SIZE = 200;

export function fetchChildren(parentId: string | null, signal?: AbortSignal) {
  return legacyApi.get<Paged<Unit>>('/api/org/units', { parentId: parentId ?? undefined, pageSize: TREE_PAGE_SIZE, page: 1 }, signal);
}

export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.unit(id ?? ''),
    queryFn: ({ signal }) => legacyApi.get<UnitDetail>(`/api/org/units/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: !!id,
  });
}

export function useHousingTypes(enabled = true) {
  return useQuery({
    queryKey: orgKeys.housingTypes,
    queryFn: ({ signal }) => legacyApi.get<HousingTypes>('/api/org/catalogs/housing-types', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** After a change to the tree: everything cached under ['org'] may be stale. */
export function useInvalidateOrg() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: orgKeys.all });
}
