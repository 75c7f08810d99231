// The contract every host speaks: a call is {name, input}; the answer is a Result.
// Nothing in here knows about Electron, HTTP or React.
import type { z } from 'zod';
import type { Store } from '../store/open.ts';

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'locked', 'read_only', 'storage_full', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path → message, for forms and import files (`agreements[3].feeMinor`). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An expected failure. Thrown inside handlers, turned into an ApiError at the boundary. */
export class CadenceError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'CadenceError';
    this.code = code;
    if (fields) this.fields = fields;
  }
}

/** Tables a write touches; the UI stores refetch what they show when one changes. */
export const TABLES = ['settings', 'clients', 'agreements', 'sessions', 'work_logs', 'invoices', 'payments'] as const;
export type Table = (typeof TABLES)[number];

export interface ChangeEvent {
  tables: Table[];
  /**
   * The handlers that declare they read one of those tables: their answers may have changed,
   * so the UI refetches the queries it shows of them (and no others).
   */
  handlers: string[];
}

export interface Context {
  store: Store;
  /** The injectable clock: every "today" and timestamp comes from here. */
  now: () => Date;
  /**
   * Remembers a value computed from some tables until one of them is written. Costly
   * reads of the whole practice (every session, for metrics) are then done once per change.
   * Every table of the memo must be among the calling handler's `reads` (the core checks).
   */
  memo<T>(key: string, tables: readonly Table[], compute: () => T): T;
}

export interface Handler<S extends z.ZodType, O> {
  input: S;
  /**
   * Tables whose change can change this handler's answer: a change event to one of them
   * refetches the UI's queries of this handler, and the memos it uses may depend on these only.
   */
  reads: readonly Table[];
  /** Tables this handler may write; empty for reads. */
  writes: readonly Table[];
  /** Long work (imports, backups, restores): named, shown as busy, never run twice at once. */
  long?: string;
  run: (ctx: Context, input: z.output<S>) => O | Promise<O>;
}

export function handler<S extends z.ZodType, O>(def: Handler<S, O>): Handler<S, O> {
  return def;
}

type HandlerMap = Record<string, Pick<Handler<z.ZodType, unknown>, 'reads' | 'writes'>>;
type Merged<T extends readonly HandlerMap[]> = T extends readonly [infer First, ...infer Rest extends readonly HandlerMap[]]
  ? First & Merged<Rest>
  : unknown;

/**
 * One registry from each domain's handlers. A name given twice is an error at start-up
 * (spreading the maps into one object would keep the last and drop the other unseen).
 */
export function buildRegistry<const T extends readonly HandlerMap[]>(...maps: T): Merged<T> {
  const registry: HandlerMap = {};
  for (const map of maps) {
    for (const [name, entry] of Object.entries(map)) {
      if (Object.hasOwn(registry, name)) throw new Error(`Two handlers are named "${name}": each name must be given once.`);
      registry[name] = entry;
    }
  }
  return registry as Merged<T>;
}

/** Turns a zod error into field paths like `agreements[3].feeMinor`. */
export function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function fieldsFromZod(error: z.ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const own = zodPath(issue.path);
    const key = prefix && own ? (own.startsWith('[') ? prefix + own : `${prefix}.${own}`) : prefix || own || '(input)';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}
