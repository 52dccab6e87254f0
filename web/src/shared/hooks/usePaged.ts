import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { legacyApi, type Query } from '../../app/api/client';
import type { Paged } from '../../app/api/types';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** A paged list from the server; keeps the previous page on screen while the next one loads. */
export function usePaged<T>(key: readonly unknown[], path: string, query: Query, enabled = true) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) => legacyApi.get<Paged<T>>(path, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
