// Opening a workspace database: pragmas, a backup before any migration, forward-only
// migrations each in its own transaction, and a read-only guard for databases written by
// a newer Cadence.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { timestampText } from '../domain/instants.ts';
import { type Migration, migrations } from './migrations/index.ts';
import { qb, Sql } from './sql.ts';

/** Set when the database file was damaged and moved aside; the UI offers a restore. */
export interface Recovery {
  damagedFile: string;
  problem: string;
  newestGoodBackup: string | null;
}

export interface Store {
  readonly recovery: Recovery | null;
  readonly sql: Sql;
  readonly sqlite: Sqlite.Database;
  readonly path: string;
  /** Set when the database must not be changed; every write is refused with this text. */
  readonly readOnlyReason: string | null;
  close(): void;
}

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

const MEMORY = ':memory:';
const QUICK_CHECK_MAX_BYTES = 32 * 2 ** 20;

export interface OpenOptions {
  /**
   * What to do with a damaged file: `fail` (the CLI: report it, touch nothing) or
   * `move-aside` (the app: rename it untouched, start an empty workspace and offer the
   * newest good backup).
   */
  onDamaged?: 'fail' | 'move-aside';
}

export async function openStore(dbPath: string, options: OpenOptions = {}): Promise<Store> {
  let recovery: Recovery | null = null;
  if (dbPath !== MEMORY) {
    const problem = damage(dbPath);
    if (problem) {
      if (options.onDamaged !== 'move-aside') throw new StoreOpenError(`The workspace file is damaged (${problem}). It was not changed.`);
      recovery = moveAside(dbPath, problem);
    }
  }
  const newer = dbPath === MEMORY ? [] : unknownMigrations(dbPath);
  if (newer.length > 0) {
    const sqlite = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
    sqlite.pragma('query_only = ON');
    return makeStore(
      sqlite,
      dbPath,
      recovery,
      `This workspace was last opened by a newer version of Cadence (it knows ${newer.length} change${newer.length === 1 ? '' : 's'} to the data this version does not, such as "${newer[0]}"). It is open read-only so nothing is lost: update Cadence to edit it.`,
    );
  }

  if (dbPath !== MEMORY) fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const sqlite = new Sqlite(dbPath);
  try {
    applyPragmas(sqlite, dbPath !== MEMORY);
    await migrate(sqlite, dbPath);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return makeStore(sqlite, dbPath, recovery, null);
}

/** Why a database file cannot be trusted, or null. Reads only; never writes to the file. */
export function damage(dbPath: string): string | null {
  if (!fs.existsSync(dbPath) || fs.statSync(dbPath).size === 0) return null;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(dbPath, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') return 'it is not a SQLite database';
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
    sqlite.prepare('select count(*) from sqlite_master').get();
    // quick_check reads every page: at open only while that takes a blink. A larger file is
    // checked page by page as it is used (SQLite reports a damaged page as SQLITE_CORRUPT).
    if (fs.statSync(dbPath).size > QUICK_CHECK_MAX_BYTES) return null;
    const result = sqlite.pragma('quick_check', { simple: true });
    return result === 'ok' ? null : `quick_check: ${String(result)}`;
  } catch (error) {
    return (error as Error).message;
  } finally {
    sqlite?.close();
  }
}

/**
 * The moment a file is moved aside or copied before a migration, in its name: to the
 * millisecond (two in one second never take the same name), colons and dots as dashes.
 */
function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function moveAside(dbPath: string, problem: string): Recovery {
  const stamp = fileStamp(new Date());
  const damagedFile = `${dbPath}.damaged-${stamp}`;
  // Renamed, not copied or rewritten: the damaged bytes stay exactly as they were.
  fs.renameSync(dbPath, damagedFile);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, damagedFile + suffix);
  }
  return { damagedFile, problem, newestGoodBackup: newestGoodBackup(backupFolder(dbPath)) };
}

function newestGoodBackup(folder: string): string | null {
  if (!fs.existsSync(folder)) return null;
  const names = fs
    .readdirSync(folder)
    .filter((n) => n.startsWith('cadence-') && n.endsWith('.db'))
    .sort()
    .reverse();
  for (const name of names) {
    if (damage(path.join(folder, name)) === null) return name;
  }
  return null;
}

function makeStore(sqlite: Sqlite.Database, dbPath: string, recovery: Recovery | null, readOnlyReason: string | null): Store {
  return {
    recovery,
    sql: new Sql(sqlite),
    sqlite,
    path: dbPath,
    readOnlyReason,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

function applyPragmas(sqlite: Sqlite.Database, onDisk: boolean): void {
  if (onDisk) sqlite.pragma('journal_mode = WAL');
  // FULL: a commit the coach saw succeed survives a power cut, not only a crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads of a large practice (hundreds of thousands of sessions) stay in memory.
  sqlite.pragma('cache_size = -65536');
  if (onDisk) sqlite.pragma('mmap_size = 268435456');
}

/** Migration names recorded in the file that this build does not have (read without writing). */
function unknownMigrations(dbPath: string): string[] {
  if (!fs.existsSync(dbPath) || fs.statSync(dbPath).size === 0) return [];
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
    const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'cadence_migrations'").get();
    if (!hasTable) return [];
    const applied = sqlite.prepare('select name from cadence_migrations order by name').all() as { name: string }[];
    const known = new Set(migrations.map((m) => m.name));
    return applied.map((row) => row.name).filter((name) => !known.has(name));
  } catch (error) {
    throw new StoreOpenError(`Cadence cannot read the workspace at ${dbPath}: ${(error as Error).message}`);
  } finally {
    sqlite?.close();
  }
}

/** Applies pending migrations (all of this build's, or a prefix of them for upgrade tests). */
export async function migrate(sqlite: Sqlite.Database, dbPath: string, available: Migration[] = migrations): Promise<void> {
  const sql = new Sql(sqlite);
  sql.run(
    qb.schema
      .createTable('cadence_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull()),
  );
  const applied = new Set(sql.all(qb.selectFrom('cadence_migrations').select('name')).map((row) => row.name));
  const pending = available.filter((m) => !applied.has(m.name));
  if (pending.length === 0) return;

  if (dbPath !== MEMORY && applied.size > 0) await backupBeforeMigration(sqlite, dbPath, pending[0]!.name);

  for (const migration of pending) {
    // Our own transaction per migration: a failure leaves the database as it was before it.
    sql.transaction(() => {
      for (const query of migration.up()) sql.run(query);
      sql.run(qb.insertInto('cadence_migrations').values({ name: migration.name, applied_at: timestampText(new Date()) }));
    });
  }
}

export function backupFolder(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

async function backupBeforeMigration(sqlite: Sqlite.Database, dbPath: string, firstPending: string): Promise<string> {
  const folder = backupFolder(dbPath);
  fs.mkdirSync(folder, { recursive: true });
  const stamp = fileStamp(new Date());
  const target = path.join(folder, `${path.basename(dbPath, '.db')}-before-${firstPending}-${stamp}.db`);
  await sqlite.backup(target);
  return target;
}
