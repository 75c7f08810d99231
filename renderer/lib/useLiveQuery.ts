// A screen's own read (one client, a summary): fetched on mount and whenever a write
// touches a table its handler declares it reads. The core stays the only truth; this is a
// view of it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, type ApiInput, type ApiName, type ApiOutput, api } from '../api.ts';
import { watchEverything, watchQuery } from '../stores/live.ts';

export interface LiveQuery<T> {
  data: T | null;
  error: ApiError | null;
  loaded: boolean;
  refetch: () => void;
}

// Reads started before their screen's code has loaded (see prefetchQuery), taken by the
// first mount that asks for the same read within a few seconds. An answer already in is
// shown in that mount's first render, without an empty pass before it.
const PREFETCH_FRESH_MS = 5_000;
type Answer = Awaited<ReturnType<typeof api.call>>;
interface Prefetched {
  result: Promise<Answer>;
  at: number;
  answer?: Answer;
}
const prefetched = new Map<string, Prefetched>();
// A write may have changed what a prefetched read answered: no screen takes it after that.
watchEverything(() => prefetched.clear());

/** Starts a read now so the screen that shows it finds it under way when it mounts. */
export function prefetchQuery<N extends ApiName>(name: N, input: ApiInput<N>): void {
  const id = `${name}|${JSON.stringify(input)}`;
  const found = prefetched.get(id);
  // Already under way (asked on arrival, then again as the screen renders).
  if (found && performance.now() - found.at < PREFETCH_FRESH_MS) return;
  const entry: Prefetched = { result: api.call(name, input), at: performance.now() };
  void entry.result.then((answer) => {
    entry.answer = answer;
  });
  prefetched.set(id, entry);
}

function takePrefetched(name: string, key: string): Prefetched | null {
  const id = `${name}|${key}`;
  const found = prefetched.get(id);
  prefetched.delete(id);
  return found && performance.now() - found.at < PREFETCH_FRESH_MS ? found : null;
}

/** A prefetched read's answer if it is in and fresh, left in place (a render must not change anything). */
function answeredPrefetch(name: string, key: string): Answer | null {
  const found = prefetched.get(`${name}|${key}`);
  return found?.answer && performance.now() - found.at < PREFETCH_FRESH_MS ? found.answer : null;
}

interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loaded: boolean;
  /** Set when the state is a prefetched answer for this key, shown in the first render. */
  prefetchedFor?: string;
}

const NOT_LOADED: QueryState<never> = { data: null, error: null, loaded: false };

export function useLiveQuery<N extends ApiName>(name: N, input: ApiInput<N>): LiveQuery<ApiOutput<N>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<QueryState<ApiOutput<N>>>(() => {
    const answer = answeredPrefetch(name, key);
    if (!answer) return NOT_LOADED;
    return answer.ok
      ? { data: answer.value as ApiOutput<N>, error: null, loaded: true, prefetchedFor: key }
      : { data: null, error: answer.error, loaded: true, prefetchedFor: key };
  });
  const latest = useRef(0);

  const refetch = useCallback(
    (first?: boolean) => {
      const request = ++latest.current;
      const call = (first && takePrefetched(name, key)?.result) || api.call(name, JSON.parse(key) as ApiInput<N>);
      void (call as ReturnType<typeof api.call<N>>).then((result) => {
        if (request !== latest.current) return;
        setState(
          result.ok
            ? { data: result.value, error: null, loaded: true }
            : (prev) => ({ data: prev.data, error: result.error, loaded: true }),
        );
      });
    },
    [name, key],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `name` and `key` are part of `refetch`, and `state` is read only as the mount (or the new key) first rendered it.
  useEffect(() => {
    // Shown already from a prefetched answer: only take it out of the prefetched reads.
    if (state.prefetchedFor === key) takePrefetched(name, key);
    else {
      setState(NOT_LOADED);
      refetch(true);
    }
    const stop = watchQuery(name, () => refetch());
    return () => {
      stop();
      latest.current++;
    };
  }, [refetch]);

  return { data: state.data, error: state.error, loaded: state.loaded, refetch: () => refetch() };
}
