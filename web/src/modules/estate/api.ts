import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { usePermissions } from '../../app/auth/permissions';

export const estateKeys = {
  all: ['estate'] as const,
  compounds: ['estate', 'compounds'] as const,
  compound: (id: string) => ['estate', 'compound', id] as const,
  companies: ['estate', 'companies'] as const,
  company: (id: string) => ['estate', 'company', id] as const,
};

/** The permissions the server grants the active position (actions the UI may offer; the server checks again). */
export const PERM = {
  read: 'estate.read',
  manage: 'estate.manage',
  companies: 'estate.company.manage',
  reveal: 'estate.reveal',
} as const;

/** The active position's permissions (the shared hook; kept under the module's name for its pages). */
export const useEstatePermissions = usePermissions;

export function useCompoundCard(id: string) {
  return useQuery({
    queryKey: estateKeys.compound(id),
    queryFn: ({ signal }) => api.get('/api/estate/compounds/{id}', { path: { id: Number(id) }, signal }),
    enabled: !!id,
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: estateKeys.company(id),
    queryFn: ({ signal }) => api.get('/api/estate/companies/{id}', { path: { id: Number(id) }, signal }),
    enabled: !!id,
  });
}

/** After a change: every estate list and card may show it. */
export function useInvalidateEstate() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: estateKeys.all }), [qc]);
}

/** Money is integer fen on the server; forms and tables speak yuan per m² per month. */
export const fenToYuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fen / 100);
export const yuanToFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));
