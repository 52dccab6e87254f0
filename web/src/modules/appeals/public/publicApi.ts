import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api/client';
import type { ApiResponse } from '../../../app/api/types';
import type { MarkerColour } from '../../../shared/map/TerritoryMap';

export type PublicReports = ApiResponse<'/api/appeals/public/reports'>;
export type PublicReport = PublicReports['items'][number];
export type PublicStage = PublicReport['stage'];

/** A report's colour on the public map by its stage: waiting red, being handled yellow, resolved green. */
export const STAGE_COLOUR: Record<PublicStage, MarkerColour> = { pending: 'red', handling: 'yellow', done: 'green' };

export function usePublicReports(district: string | undefined, page: number, status?: PublicStage) {
  return useQuery({
    queryKey: ['public', district ?? null, 'reports', page, status ?? null],
    queryFn: ({ signal }) => api.get('/api/appeals/public/reports', { query: { district, page, pageSize: 50, status }, signal }),
  });
}

export function usePublicReport(district: string, id: number) {
  return useQuery({
    queryKey: ['public', district, 'report', id],
    queryFn: ({ signal }) => api.get('/api/appeals/public/reports/{id}', { path: { id }, query: { district }, signal }),
  });
}

export function usePublicIndicators(district: string | undefined, days = 30) {
  return useQuery({
    queryKey: ['public', district ?? null, 'indicators', days],
    queryFn: ({ signal }) => api.get('/api/appeals/public/indicators', { query: { district, days }, signal }),
  });
}
