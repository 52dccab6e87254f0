import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiQuery, ApiResponse } from '../../../app/api/types';

/** Shapes of the indicators API (GET /api/appeals/indicators…, /rankings…, /hot-topics…), named by their routes. */

export type IndicatorSummary = ApiResponse<'/api/appeals/indicators/units/{id}'>;
/** A period's counts and rates; every breakdown (channel, category, week, ranked unit) carries the same. */
export type Figures = IndicatorSummary['current'];
export type Period = IndicatorSummary['period'];

export type Interval = NonNullable<ApiQuery<'/api/appeals/indicators/units/{id}/series'>['interval']>;

export type IndicatorSeries = ApiResponse<'/api/appeals/indicators/units/{id}/series'>;

export type Rankings = ApiResponse<'/api/appeals/rankings/units/{id}'>;
/** A street, committee or department ranked by its rates (units and departments alike). */
export type RankRow = Rankings['units'][number];
export type RankedRate = keyof RankRow['ranks'];
export type SummonsRankRow = Rankings['summons'][number];

export type IndicatorOptions = ApiResponse<'/api/appeals/indicators/options'>;

export type HotTopics = ApiResponse<'/api/appeals/hot-topics/units/{id}'>;
export type RisingTerm = HotTopics['rising'][number];
export type HotTopicHeat = ApiResponse<'/api/appeals/hot-topics/units/{id}/heat'>;

/** The dashboard's choice, no route's shape: the unit goes into each path (null until one is chosen), the rest into the query. */
export type IndicatorFilter = {
  unitId: number | null;
  departmentId: number | null;
  from: string;
  to: string;
};

const keys = {
  options: ['appeals', 'indicators', 'options'] as const,
  summary: (f: IndicatorFilter) => ['appeals', 'indicators', 'summary', f] as const,
  series: (f: IndicatorFilter, interval: Interval) => ['appeals', 'indicators', 'series', f, interval] as const,
  rankings: (f: IndicatorFilter, minVolume: number) => ['appeals', 'indicators', 'rankings', f, minVolume] as const,
  hot: (unitId: number | null, departmentId: number | null, to: string) => ['appeals', 'indicators', 'hot', unitId, departmentId, to] as const,
  heat: (unitId: number | null, departmentId: number | null, to: string, term: string | null) =>
    ['appeals', 'indicators', 'heat', unitId, departmentId, to, term] as const,
};

const query = (f: IndicatorFilter) => ({ departmentId: f.departmentId ?? undefined, from: f.from, to: f.to });

export function useIndicatorOptions() {
  return useQuery({
    queryKey: keys.options,
    queryFn: ({ signal }) => api.get('/api/appeals/indicators/options', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useIndicatorSummary(f: IndicatorFilter) {
  return useQuery({
    queryKey: keys.summary(f),
    queryFn: ({ signal }) => api.get('/api/appeals/indicators/units/{id}', { path: { id: f.unitId! }, query: query(f), signal }),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorSeries(f: IndicatorFilter, interval: Interval) {
  return useQuery({
    queryKey: keys.series(f, interval),
    queryFn: ({ signal }) => api.get('/api/appeals/indicators/units/{id}/series', { path: { id: f.unitId! }, query: { ...query(f), interval }, signal }),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRankings(f: IndicatorFilter, minVolume: number) {
  return useQuery({
    queryKey: keys.rankings(f, minVolume),
    queryFn: ({ signal }) => api.get('/api/appeals/rankings/units/{id}', { path: { id: f.unitId! }, query: { ...query(f), minVolume }, signal }),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Hot topics look at the last 7 days up to the period's end, against the 4 weeks before. */
export function useHotTopics(unitId: number | null, departmentId: number | null, to: string) {
  return useQuery({
    queryKey: keys.hot(unitId, departmentId, to),
    queryFn: ({ signal }) =>
      api.get('/api/appeals/hot-topics/units/{id}', { path: { id: unitId! }, query: { departmentId: departmentId ?? undefined, to }, signal }),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Where the hot topics' orders are (the same weeks as the hot topics), all of them or one keyword's. */
export function useHotTopicHeat(unitId: number | null, departmentId: number | null, to: string, term: string | null) {
  return useQuery({
    queryKey: keys.heat(unitId, departmentId, to, term),
    queryFn: ({ signal }) =>
      api.get('/api/appeals/hot-topics/units/{id}/heat', {
        path: { id: unitId! },
        query: { departmentId: departmentId ?? undefined, to, term: term ?? undefined },
        signal,
      }),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}
