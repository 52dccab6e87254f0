import type { ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { isNotFound } from '../../app/api/client';
import { ErrorAlert } from './ErrorAlert';
import { NotFound } from './NotFound';

export function Loading({ testId = 'loading' }: { testId?: string }) {
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }} data-testid={testId}>
      <Spin size="large" />
    </Flex>
  );
}

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
