import { useState } from 'react';
import { App } from 'antd';
import { useInvalidateEstate } from '../api';

/** A form's save: busy while it runs, the server's error kept for the form to show, estate data refreshed after. */
export function useSave<V>(run: (values: V) => Promise<unknown>, opts: { success: string; onDone: () => void }) {
  const { message } = App.useApp();
  const invalidate = useInvalidateEstate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await run(values);
      message.success(opts.success);
      void invalidate();
      opts.onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit, clear: () => setError(null) };
}

/** Days as the server takes them. */
export const day = (d: { format: (f: string) => string } | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
