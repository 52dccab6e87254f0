import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { peopleKeys } from './api';

/** Whose visit coverage is shown: the caller's own territory, or a unit or grid they picked. */
export type CoverageTarget = { kind: 'mine' } | { kind: 'unit' | 'grid'; id: string };

export const MINE: CoverageTarget = { kind: 'mine' };

export const targetKey = (t: CoverageTarget) => (t.kind === 'mine' ? 'mine' : `${t.kind}:${t.id}`);

// The caller's own territory has routes of its own: the server knows a grid worker's grid, which the
// position's unit (their street) does not say.
export function useVisitCoverage(target: CoverageTarget) {
  return useQuery({
    queryKey: peopleKeys.coverage(targetKey(target)),
    queryFn: ({ signal }) =>
      target.kind === 'mine'
        ? api.get('/api/people/visits/my-coverage', { signal })
        : target.kind === 'unit'
          ? api.get('/api/people/units/{id}/visit-coverage', { path: { id: target.id }, signal })
          : api.get('/api/people/grids/{id}/visit-coverage', { path: { id: target.id }, signal }),
  });
}
