// antd's App.useApp without importing App itself (its dialogs and notices): the login form uses this hook and must
// load light. The provider (<App>) comes with the pages behind the login (web/src/app/Feedback.tsx).
import useApp from 'antd/es/app/useApp';
import { useMutation, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { errorMessage } from '../components/ErrorAlert';

export interface ApiMutationOptions<TData, TVars> {
  /** Queries made stale by the change (their prefixes): refetched after it succeeds. */
  invalidate?: readonly QueryKey[] | ((data: TData, vars: TVars) => readonly QueryKey[]);
  /** A message shown when it succeeds (nothing when absent or null). */
  success?: string | ((data: TData, vars: TVars) => string | null);
  /** What follows success: close the dialog, go to the new record … */
  onSuccess?: (data: TData, vars: TVars) => void;
  /**
   * Where a refusal shows. 'inline' (the default): kept in `error` for an <ErrorAlert/> beside the form, cleared
   * by the next try. 'message': a toast, for one-click actions in tables and headers.
   */
  errorAs?: 'inline' | 'message';
}

/**
 * Every write of the app: react-query's useMutation with the app's conventions. Busy is `isPending` (and
 * `variables` says which row), the server's refusal (already in the user's language) is `error`, the queries
 * the change touches are refreshed, and success is said once.
 *
 *   const rename = useApiMutation((v: { name: string }) => api.post('/api/org/units/{id}/rename', { path: { id }, body: v }),
 *     { invalidate: [orgKeys.all], success: t('unit.renamed'), onSuccess: onClose });
 */
export function useApiMutation<TVars = void, TData = unknown>(
  mutationFn: (vars: TVars) => Promise<TData>,
  options: ApiMutationOptions<TData, TVars> = {},
): UseMutationResult<TData, unknown, TVars> {
  const qc = useQueryClient();
  const { message } = useApp();
  return useMutation<TData, unknown, TVars>({
    mutationFn,
    onSuccess: (data, vars) => {
      const keys = typeof options.invalidate === 'function' ? options.invalidate(data, vars) : (options.invalidate ?? []);
      for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
      const text = typeof options.success === 'function' ? options.success(data, vars) : options.success;
      if (text) message.success(text);
      options.onSuccess?.(data, vars);
    },
    onError: (e) => {
      if (options.errorAs === 'message') message.error(errorMessage(e));
    },
  });
}
