import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { type ApiOptions, fillPath, type Query, request } from '../../app/api/client';
import type { ApiItem, ApiPath, ApiPathParams, ApiResponse, Paged } from '../../app/api/types';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** The GET routes that answer one page of a list (`{ items, total, page, pageSize }`). */
export type PagedPath = {
  [P in ApiPath<'get'>]: ApiResponse<P> extends { items: unknown[]; total: number; page: number; pageSize: number } ? P : never;
}[ApiPath<'get'>];

/** The route's query, as loose as the client takes it: ids from the URL may stay strings, empty values are left out. */
export type PagedQuery<P extends PagedPath> = NonNullable<ApiOptions<P, 'get'>['query']>;

/** The `{name}` parts of the route's path, required when it has some. */
type PathOption<P extends PagedPath> = [ApiPathParams<P>] extends [never] ? { path?: undefined } : { path: NonNullable<ApiOptions<P, 'get'>['path']> };

export type PagedOptions<P extends PagedPath> = PathOption<P> & { enabled?: boolean };

/** The options are needed only by a route with path parameters. */
type OptionsArg<P extends PagedPath> = [ApiPathParams<P>] extends [never] ? [opts?: PagedOptions<P>] : [opts: PagedOptions<P>];

/**
 * A paged list from the server, typed by its route: `usePaged(key, '/api/things', query)` gives the route's answer
 * (its items, and whatever else the route sends beside the page), its query checked against the route's.
 * Keeps the previous page on screen while the next one loads.
 */
export function usePaged<P extends PagedPath>(
  key: readonly unknown[],
  path: P,
  query: PagedQuery<P>,
  ...[opts]: OptionsArg<P>
): UseQueryResult<Paged<ApiItem<P>> & ApiResponse<P>> {
  const options: { path?: object; enabled?: boolean } = opts ?? {};
  return useQuery({
    queryKey: options.path ? [...key, options.path, query] : [...key, query],
    queryFn: ({ signal }) =>
      request<Paged<ApiItem<P>> & ApiResponse<P>>('GET', fillPath(path, options.path as Record<string, unknown> | undefined), {
        query: query as Query,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
