import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { createCore, type Core } from '../../src/api/core.ts';
import { openStore } from '../../src/store/open.ts';
import type { ApiName, ApiOutput } from '../../src/api/index.ts';

export const FIXED_NOW = new Date('2026-03-01T10:00:00Z');

/** A core on a fresh in-memory database with a frozen clock. */
export async function memoryCore(now: Date = FIXED_NOW): Promise<Core> {
  return createCore(await openStore(':memory:'), { now: () => now, log: () => undefined });
}

export function tempDir(prefix = 'cadence-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Calls a handler and returns its value, failing the test with the error otherwise. */
export async function ok<N extends ApiName>(core: Core, name: N, input: unknown): Promise<ApiOutput<N>> {
  const result = await core.call(name, input);
  if (!result.ok)
    throw new Error(`${name} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.value as ApiOutput<N>;
}

export function readExample(): unknown {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'shared', 'examples', 'workspace-b.json'), 'utf8'));
}

/**
 * Makes an index disagree with its table without touching a page's structure: the index is
 * built on one column, then the schema is edited to say it covers another. quick_check
 * cannot see this; only integrity_check's lookups of each row in each index can.
 */
export function breakIndex(file: string, table: string, builtOn: string, claimed: string): void {
  const db = new Sqlite(file);
  try {
    db.exec(`create index probe on ${table} (${builtOn})`);
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare('update sqlite_schema set sql = ? where name = ?').run(`CREATE INDEX probe on ${table} (${claimed})`, 'probe');
  } finally {
    db.close();
  }
}
