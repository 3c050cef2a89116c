// A write from a steering screen: busy while it runs, its error kept for the form, the steering queries refreshed.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';

export function useWrite() {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(fn: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['steering'] });
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}
