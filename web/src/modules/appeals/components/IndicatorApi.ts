import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiResponse } from '../../../app/api/types';

/** Shapes of the indicators API (GET /api/appeals/indicators…, /rankings…, /hot-topics…). */

export interface Figures {
  received: number;
  valid: number;
  accepted: number;
  resolved: number;
  onTime: number;
  rated: number;
  satisfied: number;
  reopened: number;
  supervised: number;
  avgAcceptMinutes: number | null;
  onTimeRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
}

export interface Period {
  from: string;
  to: string;
}

export type IndicatorSummary = ApiResponse<'/api/appeals/indicators/units/{id}'>;

export type Interval = 'week' | 'month';

export type IndicatorSeries = ApiResponse<'/api/appeals/indicators/units/{id}/series'>;

export type RankedRate = 'onTimeRate' | 'resolutionRate' | 'satisfactionRate';

export interface RankRow {
  kind: 'street' | 'committee' | 'department';
  id: number;
  name: string;
  figures: Figures;
  ranks: Record<RankedRate, number | null>;
  score: number | null;
}

export interface SummonsRankRow {
  kind: 'department' | 'street';
  id: number;
  name: string;
  invited: number;
  responded: number;
  respondedOnTime: number;
  met: number;
  resolved: number;
  unresolved: number;
  resolutionRate: number | null;
  committeeRating: number | null;
}

export type Rankings = ApiResponse<'/api/appeals/rankings/units/{id}'>;

export type IndicatorOptions = ApiResponse<'/api/appeals/indicators/options'>;

export interface RisingTerm {
  term: string;
  count: number;
  expected: number;
  ratio: number;
  z: number;
}

export type HotTopics = ApiResponse<'/api/appeals/hot-topics/units/{id}'>;

export interface IndicatorFilter {
  unitId: number | null;
  departmentId: number | null;
  from: string;
  to: string;
}

const keys = {
  options: ['appeals', 'indicators', 'options'] as const,
  summary: (f: IndicatorFilter) => ['appeals', 'indicators', 'summary', f] as const,
  series: (f: IndicatorFilter, interval: Interval) => ['appeals', 'indicators', 'series', f, interval] as const,
  rankings: (f: IndicatorFilter, minVolume: number) => ['appeals', 'indicators', 'rankings', f, minVolume] as const,
  hot: (unitId: number | null, departmentId: number | null, to: string) => ['appeals', 'indicators', 'hot', unitId, departmentId, to] as const,
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
