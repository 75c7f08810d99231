// The core as the hosts and the CLI see it: open a workspace database, call handlers by
// name with untrusted input, hear about changes. Both hosts and the CLI go through here,
// so a behaviour tested through one is the behaviour of all.

import { openStore, type Store } from '../store/open.ts';
import { createAutoBackup } from './auto-backup.ts';
import { type ApiError, CadenceError, type ChangeEvent, type Context, fieldsFromZod, type Result, type Table } from './contract.ts';
import { type ApiName, registry } from './index.ts';

export interface Core {
  /** Settles once the database is open and migrated (rejects when it cannot be opened). */
  readonly ready: Promise<Store>;
  /** Calls a handler with untrusted input; never throws. */
  call(name: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Resolves when background work (an automatic backup) has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface CoreOptions {
  dbPath: string;
  now?: () => Date;
  /** Where unexpected errors are logged with their detail (never sent to callers). */
  log?: (message: string, error: unknown) => void;
  /** The desktop app and browser host move a damaged file aside; the CLI refuses it. */
  onDamaged?: 'fail' | 'move-aside';
  /**
   * The hosts: once open, read what the first screen (Today) needs in the background, so its
   * whole-practice reads are kept before the window asks (it is still loading its code).
   */
  warmUp?: boolean;
}

export function isApiName(name: string): name is ApiName {
  return Object.hasOwn(registry, name);
}

/** The handlers that declare they read one of `tables`: the queries a write to them makes stale. */
export function readersOf(tables: readonly Table[]): ApiName[] {
  return (Object.keys(registry) as ApiName[]).filter((name) => registry[name].reads.some((table) => tables.includes(table)));
}

/** Opens the workspace in the background; calls wait for it (migrations may take a moment). */
export function openCore(options: CoreOptions): Core {
  return createCore(openStore(options.dbPath, options.onDamaged ? { onDamaged: options.onDamaged } : {}), options);
}

export function createCore(storeOrPromise: Store | Promise<Store>, options: Omit<CoreOptions, 'dbPath'> = {}): Core {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const log = options.log ?? ((message, error) => console.error(message, error));
  const now = options.now ?? (() => new Date());
  const ready = Promise.resolve(storeOrPromise);
  ready.catch(() => undefined); // reported to each caller instead
  const autoBackup = createAutoBackup(log);
  let pendingBackup: Promise<void> = Promise.resolve();
  let busyWith: string | null = null;
  // Writes bump the version of each table they touch; memoised values remember the versions
  // they were computed at.
  const versions = new Map<string, number>();
  const memos = new Map<string, { stamp: string; value: unknown }>();
  /**
   * The memo of one call. data_version moves when another process (the CLI beside the app)
   * commits; it is read once per call, not per lookup, as a handler may look up thousands.
   * A memo may depend only on tables the handler declares it reads: otherwise a write to
   * that table would leave the UI showing the handler's old answer.
   */
  function memoFor(store: Store, name: string, reads: readonly Table[]): Context['memo'] {
    let external: number | undefined;
    return <T>(key: string, tables: readonly Table[], compute: () => T): T => {
      const missing = tables.filter((table) => !reads.includes(table));
      if (missing.length > 0) {
        throw new Error(`${name} uses the memo "${key}", which depends on ${missing.join(', ')}, but does not declare that it reads it.`);
      }
      external ??= store.sqlite.pragma('data_version', { simple: true }) as number;
      const stamp = `${external}:${tables.map((t) => versions.get(t) ?? 0).join('.')}`;
      const hit = memos.get(key);
      if (hit && hit.stamp === stamp) return hit.value as T;
      const value = compute();
      memos.set(key, { stamp, value });
      return value;
    };
  }

  async function call(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isApiName(name)) return failure({ code: 'not_found', message: `There is no call named "${name}".` });
    let store: Store;
    try {
      store = await ready;
    } catch (error) {
      log('Cadence could not open the workspace', error);
      return failure({
        code: 'internal',
        message: 'Cadence could not open the workspace: the file is damaged or is not a Cadence workspace.',
      });
    }
    const handler = registry[name];
    const ctx: Context = { store, now, memo: memoFor(store, name, handler.reads) };
    const parsed = handler.input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = fieldsFromZod(parsed.error);
      const [first] = Object.entries(fields);
      return failure({
        code: 'invalid_input',
        message: first ? `${first[0]}: ${first[1]}` : 'The input is not valid.',
        fields,
      });
    }
    if (handler.writes.length > 0 && store.readOnlyReason) {
      return failure({ code: 'read_only', message: store.readOnlyReason });
    }
    const long = (handler as { long?: string }).long;
    if (long && busyWith) {
      return failure({ code: 'locked', message: `${busyWith} is still running; try again when it has finished.` });
    }
    if (long) busyWith = long;
    try {
      // Long work (an import, a backup, a restore) starts once an automatic backup in
      // progress has finished: the two would only slow each other down, or race.
      if (long) await pendingBackup;
      const value = await (handler.run as (c: Context, i: unknown) => unknown)(ctx, parsed.data);
      if (handler.writes.length > 0) {
        for (const table of handler.writes) versions.set(table, (versions.get(table) ?? 0) + 1);
        const event: ChangeEvent = { tables: [...handler.writes], handlers: readersOf(handler.writes) };
        for (const listener of listeners) listener(event);
        // Not awaited: the coach's write is done; the backup follows in the background.
        pendingBackup = autoBackup.afterWrite(ctx);
      }
      return { ok: true, value };
    } catch (error) {
      return failure(toApiError(error, name, log));
    } finally {
      if (long) busyWith = null;
    }
  }

  let closed = false;
  if (options.warmUp) {
    void ready.then(
      () => setTimeout(() => void (closed || call('today.summary', {})), 0),
      () => undefined,
    );
  }

  return {
    call,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    idle: () => pendingBackup,
    close: async () => {
      closed = true;
      await pendingBackup;
      try {
        (await ready).close();
      } catch {
        // Nothing was open.
      }
    },
  };
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

export function toApiError(error: unknown, name: string, log: (m: string, e: unknown) => void): ApiError {
  if (error instanceof CadenceError) {
    return error.fields ? { code: error.code, message: error.message, fields: error.fields } : { code: error.code, message: error.message };
  }
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (sqliteCode === 'SQLITE_FULL') {
    return { code: 'storage_full', message: 'The disk is full. Nothing was saved; free some space and try again.' };
  }
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED') {
    return { code: 'locked', message: 'Another Cadence window or command is writing to this workspace. Try again in a moment.' };
  }
  if (sqliteCode === 'SQLITE_CORRUPT' || sqliteCode === 'SQLITE_NOTADB') {
    log(`Damaged database in ${name}`, error);
    return {
      code: 'internal',
      message: 'Part of the workspace file is damaged. Nothing was saved. Restore the newest backup from Settings → Backups.',
    };
  }
  if (sqliteCode === 'SQLITE_READONLY') {
    return { code: 'read_only', message: 'This workspace is open read-only.' };
  }
  log(`Unexpected error in ${name}`, error);
  return { code: 'internal', message: 'Something went wrong inside Cadence. Nothing was saved.' };
}
