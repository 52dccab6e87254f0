import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { useAuth } from '../../app/auth/AuthContext';
import { usePermissions as useSharedPermissions } from '../../app/auth/permissions';

export const peopleKeys = {
  all: ['people'] as const,
  persons: ['people', 'persons'] as const,
  person: (id: string) => ['people', 'person', id] as const,
  house: (id: string) => ['people', 'house', id] as const,
  visits: ['people', 'visits'] as const,
  tags: ['people', 'tags'] as const,
  /** target: 'mine', 'unit:<id>' or 'grid:<id>' (see coverage.ts). */
  coverage: (target: string) => ['people', 'coverage', target] as const,
  unvisited: (target: string) => ['people', 'unvisited', target] as const,
  quality: (unitId: string) => ['people', 'quality', unitId] as const,
  importJob: (id: string) => ['people', 'import', id] as const,
};

/** The permissions the server grants the active position (actions the UI may offer). */
export const PERM = {
  read: 'people.read',
  manage: 'people.manage',
  reveal: 'people.reveal',
  visit: 'people.visit.record',
  import: 'people.import',
  export: 'people.export',
  quality: 'people.quality',
  sensitiveTags: 'people.tag.sensitive',
} as const;

export function usePermissions() {
  const { session, activePosition } = useAuth();
  const { has } = useSharedPermissions();
  return {
    has,
    /** The active position's unit, as a string (ids in the URL are strings). */
    unitId: activePosition?.unitId !== undefined && activePosition?.unitId !== null ? String(activePosition.unitId) : '',
    unitName: activePosition?.unitName ?? '',
    /** A grid worker's grid: their patch, narrower than their unit. */
    gridId: activePosition?.gridId !== undefined && activePosition?.gridId !== null ? String(activePosition.gridId) : '',
    userId: session?.user.id !== undefined ? String(session.user.id) : '',
  };
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.person(id),
    queryFn: ({ signal }) => api.get('/api/people/persons/{id}', { path: { id }, signal }),
    enabled: !!id,
  });
}

export function useHouse(id: string) {
  return useQuery({
    queryKey: peopleKeys.house(id),
    queryFn: ({ signal }) => api.get('/api/people/houses/{id}', { path: { id }, signal }),
    enabled: !!id,
  });
}

export function useTagCatalog(enabled = true) {
  return useQuery({
    queryKey: peopleKeys.tags,
    queryFn: ({ signal }) => api.get('/api/people/tags', { signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useImportJob(jobId: string | null) {
  return useQuery({
    queryKey: peopleKeys.importJob(jobId ?? ''),
    queryFn: ({ signal }) => api.get('/api/people/import/{id}', { path: { id: jobId ?? '' }, signal }),
    enabled: !!jobId,
    // Poll every second until the job is over.
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 1000),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

export function useInvalidatePeople() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: peopleKeys.all }), [qc]);
}
