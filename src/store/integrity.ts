// SQLite's integrity_check over a closed database file (a backup), on two threads.
//
// A full integrity_check is one pass on one thread, and on a large practice most of it is
// the sessions table: each of its rows is looked up in each of its indexes. The same checks
// split in two run side by side in worker threads, off the thread that answers the coach:
//   - integrity_check of the largest table (sessions), with its indexes;
//   - quick_check of the whole file (every page, the b-trees, the free list: all but the
//     index-against-table lookups) and integrity_check of every other table.
// Together they are exactly what a full integrity_check checks. Where a worker cannot load
// the SQLite driver, the same checks run on this thread instead.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';

/** The checks each thread runs: pragma statements, each answering 'ok' or its problems. */
type Plan = string[][];

const LARGEST_TABLE = 'sessions';
// Reading the file through a memory map instead of the page cache: about twice as fast.
const MMAP_BYTES = 2 ** 30;

// CommonJS, evaluated in a worker: it opens the file read-only and runs its share.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let Sqlite = null;
try { Sqlite = require(workerData.driver); } catch (error) { parentPort.postMessage({ driverMissing: String(error) }); }
if (Sqlite) {
  let db;
  try {
    db = new Sqlite(workerData.file, { readonly: true, fileMustExist: true });
    db.pragma('mmap_size = ' + workerData.mmapBytes);
    const problems = [];
    for (const check of workerData.checks) {
      for (const [result] of db.prepare('pragma ' + check).raw().all()) if (result !== 'ok') problems.push(String(result));
    }
    parentPort.postMessage({ problems });
  } catch (error) {
    parentPort.postMessage({ problems: [error && error.message ? error.message : String(error)] });
  } finally {
    if (db) db.close();
  }
}
`;

/** What integrity_check finds wrong with the file; an empty list when it is whole. */
export async function integrityProblems(file: string): Promise<string[]> {
  let plan: Plan;
  try {
    plan = planFor(file);
  } catch (error) {
    return [(error as Error).message];
  }
  const results = await Promise.all(plan.map((checks) => inWorker(file, checks)));
  return results.flat();
}

function planFor(file: string): Plan {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = (db.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[]).filter(
      (name) => name !== LARGEST_TABLE,
    );
    const plain = tables.every((name) => /^[A-Za-z_]\w*$/.test(name));
    if (!plain || tables.length === 0 || !db.prepare("select 1 from sqlite_schema where type = 'table' and name = ?").get(LARGEST_TABLE))
      return [['integrity_check']];
    return [[`integrity_check(${LARGEST_TABLE})`], ['quick_check', ...tables.map((name) => `integrity_check(${name})`)]];
  } finally {
    db.close();
  }
}

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

function inWorker(file: string, checks: string[]): Promise<string[]> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (problems: () => string[]) => {
      if (settled) return;
      settled = true;
      resolve(problems());
    };
    const here = () => onThisThread(file, checks);
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, checks, driver, mmapBytes: MMAP_BYTES } });
    } catch {
      settle(here);
      return;
    }
    worker.on('message', (message: { problems?: string[]; driverMissing?: string }) =>
      settle(message.problems ? () => message.problems! : here),
    );
    worker.on('error', () => settle(here));
    worker.on('exit', () => settle(here));
  });
}

function onThisThread(file: string, checks: string[]): string[] {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    const problems: string[] = [];
    for (const check of checks) {
      for (const [result] of db.prepare(`pragma ${check}`).raw().all() as [unknown][]) if (result !== 'ok') problems.push(String(result));
    }
    return problems;
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}
