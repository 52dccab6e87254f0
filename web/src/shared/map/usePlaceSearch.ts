import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ApiResponse } from '../../app/api/types';

export type FoundPlace = ApiResponse<'/api/org/map/places'>['items'][number];

const PAUSE_MS = 250;

/** Places of the caller's district whose name or address holds the words typed, asked once typing pauses. */
export function usePlaceSearch(text: string) {
  const [q, setQ] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return useQuery({
    queryKey: ['org', 'map', 'places', q],
    queryFn: ({ signal }) => api.get('/api/org/map/places', { query: { q }, signal }),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
