// Backups with the SQLite backup API (never a file copy of a WAL database), each checked with
// integrity_check once written, and restore that keeps the current database as an undo step.
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { backupsToKeep, type RetentionPolicy } from '../domain/retention.ts';

export interface BackupInfo {
  file: string;
  name: string;
  takenAt: string;
  sizeBytes: number;
  clients: number | null;
  sessions: number | null;
  ok: boolean;
}

const PREFIX = 'cadence-';

function stamp(date: Date): string {
  return date.toISOString().replace(/[:]/g, '-').replace(/\.\d{3}Z$/, 'Z');
}

/** Opens a copy read-only and asks SQLite whether it is whole; counts what it holds. */
export function inspectBackup(file: string): { ok: boolean; clients: number | null; sessions: number | null } {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: true });
    const count = (table: string) => (db!.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { ok: result === 'ok', clients: count('clients'), sessions: count('sessions') };
  } catch {
    return { ok: false, clients: null, sessions: null };
  } finally {
    db?.close();
  }
}

/** Writes a consistent copy of the open database into `folder`; checks it before reporting success. */
export async function takeBackup(sqlite: Sqlite.Database, folder: string, reason: string, now: Date): Promise<BackupInfo> {
  fs.mkdirSync(folder, { recursive: true });
  const name = `${PREFIX}${stamp(now)}-${reason.replace(/[^a-z0-9-]+/gi, '-')}.db`;
  const file = path.join(folder, name);
  const partial = `${file}.partial`;
  await sqlite.backup(partial);
  // A backup is one self-contained file: no WAL beside it to lose when it is copied or synced.
  const copy = new Sqlite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const check = inspectBackup(partial);
  if (!check.ok) {
    fs.rmSync(partial, { force: true });
    throw new Error('The backup failed its integrity check and was not kept; earlier backups are untouched.');
  }
  fs.renameSync(partial, file);
  return { file, name, takenAt: now.toISOString(), sizeBytes: fs.statSync(file).size, ...check };
}

export function listBackups(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.db'))
    .map((name) => {
      const file = path.join(folder, name);
      const match = /^cadence-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)/.exec(name);
      const takenAt = match ? match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})Z/, 'T$1:$2:$3Z') : new Date(fs.statSync(file).mtimeMs).toISOString();
      return { file, name, takenAt, sizeBytes: fs.statSync(file).size, ...inspectBackup(file) };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Deletes backups the retention policy no longer keeps; damaged ones are left for the coach to see. */
export function pruneBackups(folder: string, now: Date, policy?: RetentionPolicy): string[] {
  const good = listBackups(folder).filter((b) => b.ok);
  const keep = backupsToKeep(good.map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) })), now, policy);
  const removed = good.filter((b) => !keep.has(b.name));
  for (const backup of removed) fs.rmSync(backup.file, { force: true });
  return removed.map((b) => b.name);
}

/**
 * Puts a backup back into the database at `dbPath` through the backup API (the live file
 * is never overwritten byte by byte). The caller has already taken an undo backup.
 */
export async function restoreInto(backupFile: string, dbPath: string): Promise<void> {
  const check = inspectBackup(backupFile);
  if (!check.ok) throw new Error('That backup is damaged (it fails its integrity check); nothing was changed.');
  const source = new Sqlite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dbPath);
  } finally {
    source.close();
  }
}
