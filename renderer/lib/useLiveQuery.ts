// A screen's own read (one client, a summary): fetched on mount and whenever a write
// touches the tables it shows. The core stays the only truth; this is a view of it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ApiError, type ApiInput, type ApiName, type ApiOutput, type Table } from '../api.ts';
import { watchEverything, watchTables } from '../stores/live.ts';

export interface LiveQuery<T> {
  data: T | null;
  error: ApiError | null;
  loaded: boolean;
  refetch: () => void;
}

// Reads started before their screen's code has loaded (see prefetchQuery), taken by the
// first mount that asks for the same read within a few seconds.
const PREFETCH_FRESH_MS = 5_000;
const prefetched = new Map<string, { result: ReturnType<typeof api.call>; at: number }>();
// A write may have changed what a prefetched read answered: no screen takes it after that.
watchEverything(() => prefetched.clear());

/** Starts a read now so the screen that shows it finds it under way when it mounts. */
export function prefetchQuery<N extends ApiName>(name: N, input: ApiInput<N>): void {
  const id = `${name}|${JSON.stringify(input)}`;
  const found = prefetched.get(id);
  // Already under way (asked on arrival, then again as the screen renders).
  if (found && performance.now() - found.at < PREFETCH_FRESH_MS) return;
  prefetched.set(id, { result: api.call(name, input), at: performance.now() });
}

function takePrefetched(name: string, key: string): ReturnType<typeof api.call> | null {
  const id = `${name}|${key}`;
  const found = prefetched.get(id);
  prefetched.delete(id);
  return found && performance.now() - found.at < PREFETCH_FRESH_MS ? found.result : null;
}

export function useLiveQuery<N extends ApiName>(name: N, input: ApiInput<N>, tables: readonly Table[]): LiveQuery<ApiOutput<N>> {
  const [state, setState] = useState<{ data: ApiOutput<N> | null; error: ApiError | null; loaded: boolean }>({ data: null, error: null, loaded: false });
  const key = JSON.stringify(input);
  const latest = useRef(0);

  const refetch = useCallback((first?: boolean) => {
    const request = ++latest.current;
    const call = (first && takePrefetched(name, key)) || api.call(name, JSON.parse(key) as ApiInput<N>);
    void (call as ReturnType<typeof api.call<N>>).then((result) => {
      if (request !== latest.current) return;
      setState(result.ok ? { data: result.value, error: null, loaded: true } : (prev) => ({ data: prev.data, error: result.error, loaded: true }));
    });
  }, [name, key]);

  useEffect(() => {
    setState({ data: null, error: null, loaded: false });
    refetch(true);
    const stop = watchTables(tables, () => refetch());
    return () => {
      stop();
      latest.current++;
    };
    // `tables` is a constant list per call site.
  }, [refetch]);

  return { ...state, refetch: () => refetch() };
}
