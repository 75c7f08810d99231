import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { type Core, createCore } from '../../src/api/core.ts';
import type { ApiName, ApiOutput } from '../../src/api/index.ts';
import { openStore } from '../../src/store/open.ts';

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

/** The path of a worked example's file in test/fixtures/examples (see its README). */
export function fixturePath(name: string): string {
  return path.join(import.meta.dirname, '..', 'fixtures', 'examples', name);
}

/** A worked example's file, parsed. */
export function readFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(fixturePath(name), 'utf8'));
}

/** The figures of expected-b.json (or -d), as far as the tests read them. */
export interface ExpectedFigures {
  asOf: string;
  forecast: { currencies: unknown };
  usage: Record<string, unknown>;
  metrics: {
    currencies: Record<string, unknown>;
    /** Both examples have at least one candidate. */
    retainerCandidates: [{ suggestedFeeMinor: number }, ...{ suggestedFeeMinor: number }[]];
    overServicing: unknown;
  };
  icsClient: string;
  icsWindowEnd: string;
  icsStarts: string[];
}

export function readExpected(name: 'expected-b.json' | 'expected-d.json'): ExpectedFigures {
  return readFixture(name) as ExpectedFigures;
}

/** Worked example B's workspace file. */
export function readExample(): unknown {
  return readFixture('workspace-b.json');
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
