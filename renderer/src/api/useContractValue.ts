import type { ContractError, Result } from '@shared/result';
import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { notifyError } from '../app/notify';

export interface ContractValue<T> {
  /** null until the first answer has arrived; a later load keeps the old value until its answer is in. */
  value: T | null;
  setValue(value: T): void;
  error: ContractError | null;
  reload(): void;
}

/**
 * Asks main for a value when `deps` change (and on `reload`). An answer that arrives after the component
 * has moved on is dropped, so a slow reply never overwrites a newer one. A refusal is notified, unless the
 * caller shows `error` in place itself (`notify: false`).
 */
export function useContractValue<T>(load: () => Promise<Result<T>>, deps: DependencyList, { notify = true } = {}): ContractValue<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else {
        setError(result.error);
        if (notify) notifyError(result.error);
      }
    });
    return () => {
      cancelled = true;
    };
    // `load` is a new closure on every render; the caller's `deps` are what it reads, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, setValue, error, reload };
}
