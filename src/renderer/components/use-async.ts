import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

interface Settled<T> {
  readonly load: () => Promise<T>;
  readonly round: number;
  readonly state: AsyncState<T>;
}

/**
 * Runs `load` whenever it changes (or on retry). A result belongs to the `load` and round that made
 * it, so a stale answer is never shown for a newer request (unless `keepPrevious`, for lists that
 * refresh in place): until the new one settles it is loading.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  options: { keepPrevious?: boolean } = {},
): [AsyncState<T>, () => void] {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setSettled({ load, round, state: { status: 'ok', value } }),
      (error: unknown) => {
        if (!live) return;
        console.error(error);
        setSettled({ load, round, state: { status: 'error', error } });
      },
    );
    return () => {
      live = false;
    };
  }, [load, round]);
  const retry = useCallback(() => setRound((r) => r + 1), []);
  const fresh = settled !== null && settled.load === load && settled.round === round;
  // A list refreshed in place keeps showing the last answer while it reloads, instead of blinking.
  const keep = options.keepPrevious === true && settled?.state.status === 'ok';
  const current: AsyncState<T> = settled && (fresh || keep) ? settled.state : { status: 'loading' };
  return [current, retry];
}
