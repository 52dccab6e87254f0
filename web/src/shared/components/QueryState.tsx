import type { ReactNode } from 'react';
import { isNotFound } from '../../app/api/client';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { NotFound } from './NotFound';

// In a file of its own: the login shows it too, and must not load what the states below need (NotFound's pictures).
export { Loading };

/**
 * Renders the usual states of a record query: loading, 404 (NotFound), other errors (ErrorAlert), or the data.
 */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.error) {
    if (isNotFound(query.error)) return <NotFound kind="record" />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
