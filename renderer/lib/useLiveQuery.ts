// A screen's own read (one client, a summary): fetched on mount and whenever a write
// touches the tables it shows. The core stays the only truth; this is a view of it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ApiError, type ApiInput, type ApiName, type ApiOutput, type Table } from '../api.ts';
import { watchTables } from '../stores/live.ts';

export interface LiveQuery<T> {
  data: T | null;
  error: ApiError | null;
  loaded: boolean;
  refetch: () => void;
}

export function useLiveQuery<N extends ApiName>(name: N, input: ApiInput<N>, tables: readonly Table[]): LiveQuery<ApiOutput<N>> {
  const [state, setState] = useState<{ data: ApiOutput<N> | null; error: ApiError | null; loaded: boolean }>({ data: null, error: null, loaded: false });
  const key = JSON.stringify(input);
  const latest = useRef(0);

  const refetch = useCallback(() => {
    const request = ++latest.current;
    void api.call(name, JSON.parse(key) as ApiInput<N>).then((result) => {
      if (request !== latest.current) return;
      setState(result.ok ? { data: result.value, error: null, loaded: true } : (prev) => ({ data: prev.data, error: result.error, loaded: true }));
    });
  }, [name, key]);

  useEffect(() => {
    setState({ data: null, error: null, loaded: false });
    refetch();
    const stop = watchTables(tables, refetch);
    return () => {
      stop();
      latest.current++;
    };
    // `tables` is a constant list per call site.
  }, [refetch]);

  return { ...state, refetch };
}
