import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ApiResponse } from '../../app/api/types';

export type TerritoryMapData = ApiResponse<'/api/org/map'>;
export type MapUnit = TerritoryMapData['units'][number];

/** The district's map (tile sources and geography down to compounds): changes rarely, read once a session. */
export function useTerritoryMap(district?: string) {
  return useQuery({
    queryKey: ['org', 'map', district ?? null],
    queryFn: ({ signal }) => api.get('/api/org/map', { query: { district }, signal }),
    staleTime: 30 * 60_000,
  });
}
