// Change events from the core, fanned out to whoever shows an answer they make stale. Each
// event names the handlers that declare they read a table the write touched (the core works
// that out from the registry), so a query is refetched from its handler's own declaration.
// Stores and live queries register here; the app starts the one subscription at launch.
import { type ApiName, api, type ChangeEvent } from '../api.ts';

type Watcher = { handler: ApiName | 'all'; refetch: () => void };

const watchers = new Set<Watcher>();

/** Calls `refetch` whenever a write touches a table the handler `name` reads. Returns the unsubscribe. */
export function watchQuery(name: ApiName, refetch: () => void): () => void {
  const watcher: Watcher = { handler: name, refetch };
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

/** Calls `changed` on every write, whatever it touches (for what cannot tell its tables apart). */
export function watchEverything(changed: () => void): () => void {
  const watcher: Watcher = { handler: 'all', refetch: changed };
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
  };
}

export function dispatchChange(event: ChangeEvent): void {
  const stale = new Set<string>(event.handlers);
  for (const watcher of [...watchers]) {
    if (watcher.handler === 'all' || stale.has(watcher.handler)) watcher.refetch();
  }
}

/** Everything shown is read again: after a reconnect, or when the workspace's day changes. */
export function refetchAll(): void {
  for (const watcher of [...watchers]) watcher.refetch();
}

/** Subscribes to the host's change events (once per app). */
export function startLiveUpdates(): () => void {
  return api.onChange(dispatchChange, refetchAll);
}
