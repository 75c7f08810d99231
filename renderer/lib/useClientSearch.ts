// Clients found for what was typed, by the core's own search (clients.list: case and
// accents folded, every word of the query matched), asked a moment after typing stops.
// The sidebar search and the what-if's "Remove a client" both use it.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import type { ClientRow } from '../stores/clients.ts';

const DEBOUNCE_MS = 120;

export interface ClientSearch {
  /** The first `max` matches (of those `keep` accepts), for the text last searched. */
  results: ClientRow[];
  /** True while the results are not yet those of the current text. */
  searching: boolean;
}

export function useClientSearch(text: string, max: number, keep?: (client: ClientRow) => boolean): ClientSearch {
  const [results, setResults] = useState<ClientRow[]>([]);
  const [searchedFor, setSearchedFor] = useState('');
  // Read when the answer arrives, so a new filter function does not search again.
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const search = text.trim();

  useEffect(() => {
    if (!search) {
      setResults([]);
      setSearchedFor('');
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void api.call('clients.list', { search, status: 'all' }).then((result) => {
        if (stale || !result.ok) return;
        const kept = keepRef.current ? result.value.filter(keepRef.current) : result.value;
        setResults(kept.slice(0, max));
        setSearchedFor(search);
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [search, max]);

  return { results, searching: search !== searchedFor };
}
