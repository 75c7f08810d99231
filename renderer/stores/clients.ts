// The clients list: the query the user set (search, status filter, sort) and the rows the
// core answered for it, read again when a write touches what clients.list reads.
import { create } from 'zustand';
import { type ApiError, type ApiInput, type ApiOutput, api } from '../api.ts';
import { watchQuery } from './live.ts';

export type ClientRow = ApiOutput<'clients.list'>[number];
export type ClientQuery = Required<Pick<ApiInput<'clients.list'>, 'status' | 'sort' | 'direction'>> & { search: string };
export type ClientStatusFilter = ClientQuery['status'];
export type ClientSort = ClientQuery['sort'];

interface ClientsState {
  query: ClientQuery;
  rows: ClientRow[];
  /** True once rows for some query have arrived. */
  loaded: boolean;
  loading: boolean;
  error: ApiError | null;
  setQuery: (patch: Partial<ClientQuery>) => void;
  load: () => Promise<void>;
}

export const DEFAULT_CLIENT_QUERY: ClientQuery = { search: '', status: 'current', sort: 'name', direction: 'asc' };

// Answers can arrive out of order while the user types; only the latest request counts.
let latestRequest = 0;
let inFlight: { key: string; done: Promise<void> } | null = null;
let answeredAt = 0;
// Rows this fresh are not asked for again when the list opens (writes refetch them anyway).
const FRESH_MS = 5_000;

/** Whether the rows shown answer the current query and arrived a moment ago. */
export function clientsAreFresh(): boolean {
  return useClients.getState().loaded && inFlight === null && performance.now() - answeredAt < FRESH_MS;
}

export const useClients = create<ClientsState>()((set, get) => ({
  query: DEFAULT_CLIENT_QUERY,
  rows: [],
  loaded: false,
  loading: false,
  error: null,
  setQuery: (patch) => {
    set({ query: { ...get().query, ...patch } });
    void get().load();
  },
  load: () => {
    const { search, ...rest } = get().query;
    const input = { ...rest, ...(search.trim() ? { search: search.trim() } : {}) };
    const key = JSON.stringify(input);
    // The same read already on its way (started as the app opened on this list): share it.
    if (inFlight?.key === key) return inFlight.done;
    const request = ++latestRequest;
    set({ loading: true });
    const done = api.call('clients.list', input).then((result) => {
      if (inFlight?.done === done) inFlight = null;
      if (request !== latestRequest) return;
      if (result.ok) {
        answeredAt = performance.now();
        set({ rows: result.value, loaded: true, loading: false, error: null });
      } else set({ loading: false, error: result.error });
    });
    inFlight = { key, done };
    return done;
  },
}));

watchQuery('clients.list', () => {
  // Nobody has looked at the list yet: nothing to keep fresh.
  if (useClients.getState().loaded) void useClients.getState().load();
});
