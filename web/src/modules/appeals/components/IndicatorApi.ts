import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { legacyApi } from '../../../app/api/client';
import type { Label } from '../../../app/api/types';

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

interface SubjectView {
  unit: { id: number; name: string; type: string };
  department: { id: number; name: string } | null;
}

export interface IndicatorSummary extends SubjectView {
  period: Period;
  previousPeriod: Period;
  current: Figures;
  previous: Figures;
  change: {
    received: number | null;
    avgAcceptMinutes: number | null;
    onTimeRate: number | null;
    resolutionRate: number | null;
    satisfactionRate: number | null;
    reopenRate: number | null;
    supervised: number;
  };
  byChannel: Array<{ channel: string; name: Label; figures: Figures }>;
  byCategory: Array<{ code: string; name: Label; figures: Figures; subcategories: Array<{ code: string; name: Label; received: number }> }>;
}

export type Interval = 'week' | 'month';

export interface IndicatorSeries extends SubjectView {
  period: Period;
  interval: Interval;
  points: Array<{ from: string; to: string; figures: Figures }>;
}

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

export interface Rankings extends SubjectView {
  period: Period;
  minVolume: number;
  unitLevel: 'street' | 'committee' | null;
  units: RankRow[];
  departments: RankRow[];
  summons: SummonsRankRow[];
}

export interface IndicatorOptions {
  units: Array<{ id: number; districtId: number; type: string; name: string; parentId: number | null }>;
  departments: Array<{ id: number; districtId: number; name: string; parentId: number | null; streetId: number | null }>;
  defaultUnitId: number | null;
  fixedDepartmentId: number | null;
}

export interface RisingTerm {
  term: string;
  count: number;
  expected: number;
  ratio: number;
  z: number;
}

export interface HotTopics extends SubjectView {
  window: Period;
  current: Period;
  weeks: number;
  areaLevel: 'street' | 'committee' | null;
  categories: Array<{ code: string; name: Label; groupName: Label | null; count: number; current: number }>;
  terms: Array<{ term: string; count: number; current: number }>;
  rising: RisingTerm[];
  areas: Array<{ id: number; name: string; type: string; rising: RisingTerm[] }>;
}


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
    queryFn: ({ signal }) => legacyApi.get<IndicatorOptions>('/api/appeals/indicators/options', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useIndicatorSummary(f: IndicatorFilter) {
  return useQuery({
    queryKey: keys.summary(f),
    queryFn: ({ signal }) => legacyApi.get<IndicatorSummary>(`/api/appeals/indicators/units/${f.unitId}`, query(f), signal),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorSeries(f: IndicatorFilter, interval: Interval) {
  return useQuery({
    queryKey: keys.series(f, interval),
    queryFn: ({ signal }) => legacyApi.get<IndicatorSeries>(`/api/appeals/indicators/units/${f.unitId}/series`, { ...query(f), interval }, signal),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRankings(f: IndicatorFilter, minVolume: number) {
  return useQuery({
    queryKey: keys.rankings(f, minVolume),
    queryFn: ({ signal }) => legacyApi.get<Rankings>(`/api/appeals/rankings/units/${f.unitId}`, { ...query(f), minVolume }, signal),
    enabled: f.unitId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Hot topics look at the last 7 days up to the period's end, against the 4 weeks before. */
export function useHotTopics(unitId: number | null, departmentId: number | null, to: string) {
  return useQuery({
    queryKey: keys.hot(unitId, departmentId, to),
    queryFn: ({ signal }) => legacyApi.get<HotTopics>(`/api/appeals/hot-topics/units/${unitId}`, { departmentId: departmentId ?? undefined, to }, signal),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}
