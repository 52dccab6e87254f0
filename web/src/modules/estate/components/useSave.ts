import { useApiMutation } from '../../../shared/hooks/useApiMutation';
import { estateKeys } from '../api';

/** An estate form's save: the app's mutation, with every estate list and card refreshed after it. */
export function useSave<V>(run: (values: V) => Promise<unknown>, opts: { success: string; onDone: () => void }) {
  const m = useApiMutation(run, { invalidate: [estateKeys.all], success: opts.success, onSuccess: () => opts.onDone() });
  return { busy: m.isPending, error: m.error, submit: (values: V) => m.mutate(values), clear: () => m.reset() };
}

/** Days as the server takes them. */
export const day = (d: { format: (f: string) => string } | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
