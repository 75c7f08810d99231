// Change events from the core, fanned out to whoever shows the tables they name. Stores
// and live queries register here; the app starts the one subscription at launch.
import { api, type ChangeEvent, type Table } from '../api.ts';

type Watcher = { tables: readonly Table[] | 'all'; refetch: () => void };

const watchers = new Set<Watcher>();

/** Calls `refetch` whenever a write touches one of `tables`. Returns the unsubscribe. */
export function watchTables(tables: readonly Table[], refetch: () => void): () => void {
  const watcher = { tables, refetch };
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

/** Calls `changed` on every write, whatever it touches (for what cannot tell its tables apart). */
export function watchEverything(changed: () => void): () => void {
  const watcher: Watcher = { tables: 'all', refetch: changed };
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

export function dispatchChange(event: ChangeEvent): void {
  for (const watcher of [...watchers]) {
    if (watcher.tables === 'all' || watcher.tables.some((table) => event.tables.includes(table))) watcher.refetch();
  }
}

function refetchAll(): void {
  for (const watcher of [...watchers]) watcher.refetch();
}

/** Subscribes to the host's change events (once per app). */
export function startLiveUpdates(): () => void {
  return api.onChange(dispatchChange, refetchAll);
}
