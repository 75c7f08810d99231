// `npm run bench`: builds the large practice (src/demo/large.ts), imports it into a temp
// SQLite file through the core, and measures what a coach with a big practice waits for.
// Prints a table and writes bench-results/bench.json; exits 1 when a target is missed.
// Sizes: BENCH_SCALE (default 1 = 2,000 clients, 4,000 agreements, 200,000 sessions,
// 50,000 invoices and payments); see docs/bench.md for the other settings.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../../playwright.config.ts';
import { type Core, openCore } from '../../src/api/core.ts';
import { DEMO_SETTINGS } from '../../src/demo/generate.ts';
import { generateLargeWorkspace, LARGE_DEFAULTS } from '../../src/demo/large.ts';
import { dateInZone } from '../../src/domain/dates.ts';
import { measureScreens } from './browser.ts';
import { busyWarning, durationRow, medianRow, printTable, type Row, skippedRow, timed, writeJson } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STATIC_DIR = path.join(ROOT, 'dist', 'renderer');
const RESULTS = path.join(ROOT, 'bench-results', 'bench.json');

const TARGETS = { import: 15_000, export: 5_000, search: 20, screen: 1_500 } as const;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

const scale = envNumber('BENCH_SCALE', 1);
// The practice is built up to today (in its own zone), as the app and the browser read the
// real clock: a practice that stopped in the past would show months of unlogged calls.
const today = process.env.BENCH_TODAY ?? dateInZone(new Date(), DEMO_SETTINGS.timeZone);
const counts = {
  today,
  clients: Math.max(1, Math.round(LARGE_DEFAULTS.clients * scale)),
  agreements: Math.max(1, Math.round(LARGE_DEFAULTS.agreements * scale)),
  sessions: Math.round(LARGE_DEFAULTS.sessions * scale),
  invoices: Math.round(LARGE_DEFAULTS.invoices * scale),
};
const searchRuns = Math.round(envNumber('BENCH_SEARCH_RUNS', 50));
const screenRuns = Math.round(envNumber('BENCH_SCREEN_RUNS', 5));
const search = process.env.BENCH_SEARCH ?? 'ann';

/** The database with its write-ahead log, where a fresh import mostly sits until a checkpoint. */
function fileSize(dbPath: string): number {
  return [dbPath, `${dbPath}-wal`].reduce((sum, file) => sum + (fs.existsSync(file) ? fs.statSync(file).size : 0), 0);
}

/** A failed call is a broken benchmark, not a slow one: stop with its message. */
async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new CallError(name, result.error.code, result.error.message);
  return result.value as T;
}

class CallError extends Error {
  readonly code: string;
  constructor(name: string, code: string, message: string) {
    super(`${name} failed (${code}): ${message}`);
    this.code = code;
  }
}

/** The handlers may not exist yet in a tree being built: such a row is skipped, not failed. */
async function guarded(rows: Row[], metric: string, targetMs: number | null, run: () => Promise<Row | Row[]>): Promise<boolean> {
  try {
    const made = await run();
    rows.push(...(Array.isArray(made) ? made : [made]));
    return true;
  } catch (error) {
    if (error instanceof CallError && error.code === 'not_found') {
      rows.push(skippedRow(metric, targetMs, `skipped: ${error.message}`));
      return false;
    }
    throw error;
  }
}

/** dist/renderer, built with `vite build` when missing (BENCH_NO_BUILD=1: skip the row instead). */
function ensureRenderer(): string | null {
  if (fs.existsSync(path.join(STATIC_DIR, 'index.html'))) return null;
  if (process.env.BENCH_NO_BUILD === '1') return 'skipped: dist/renderer is not built (run `npm run build:renderer`)';
  console.log('dist/renderer is missing: building it with `npx vite build` …');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return build.status === 0 && fs.existsSync(path.join(STATIC_DIR, 'index.html'))
    ? null
    : 'skipped: `npx vite build` failed, so there is no renderer to load';
}

async function main(): Promise<number> {
  const rows: Row[] = [];
  console.log(
    `Cadence benchmark — scale ${scale}, today ${today}: ${counts.clients} clients, ${counts.agreements} agreements, ${counts.sessions} sessions, ${counts.invoices} invoices and payments\n`,
  );

  const step = (text: string) => process.stderr.write(`… ${text}\n`);
  step('generating the practice');
  const generated = await timed(() => generateLargeWorkspace(counts));
  const file = generated.value;
  rows.push(durationRow('generate practice (in memory)', generated.ms, null, undefined, generated.cpuMs));
  const busyBefore = busyWarning();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-'));
  const dbPath = path.join(dir, 'bench.db');
  let core = openCore({ dbPath });
  await core.ready;
  try {
    step('importing');
    const imported = await guarded(rows, 'import (data.import)', TARGETS.import, async () => {
      const { ms, cpuMs, value } = await timed(() => call<Record<string, number>>(core, 'data.import', { file }));
      if (value.sessions !== file.sessions.length || value.invoices !== file.invoices.length) {
        throw new Error(
          `import wrote ${JSON.stringify(value)}, expected ${file.sessions.length} sessions and ${file.invoices.length} invoices`,
        );
      }
      return durationRow('import (data.import)', ms, TARGETS.import, `${(fileSize(dbPath) / 2 ** 20).toFixed(0)} MiB database`, cpuMs);
    });
    if (!imported) {
      for (const [metric, target] of [
        ['export (data.export)', TARGETS.export],
        [`clients.list search "${search}"`, TARGETS.search],
        ['first screen (Today) interactive', TARGETS.screen],
      ] as const) {
        rows.push(skippedRow(metric, target, 'skipped: nothing was imported'));
      }
    } else {
      step('exporting');
      await guarded(rows, 'export (data.export)', TARGETS.export, async () => {
        const { ms, cpuMs, value } = await timed(() => call<{ sessions: unknown[] }>(core, 'data.export', {}));
        if (value.sessions.length !== file.sessions.length)
          throw new Error(`export returned ${value.sessions.length} sessions, expected ${file.sessions.length}`);
        const out = path.join(dir, 'export.json');
        const written = await timed(() => fs.writeFileSync(out, JSON.stringify(value)));
        return [
          durationRow('export (data.export)', ms, TARGETS.export, undefined, cpuMs),
          durationRow(
            'export: JSON text to file',
            written.ms,
            null,
            `${(fs.statSync(out).size / 2 ** 20).toFixed(0)} MiB file`,
            written.cpuMs,
          ),
        ];
      });

      step(`searching clients for "${search}"`);
      await guarded(rows, `clients.list search "${search}"`, TARGETS.search, async () => {
        const first = await call<unknown[]>(core, 'clients.list', { search }); // warm-up: statement cache, pages in memory
        const samples: number[] = [];
        const cpu: number[] = [];
        for (let i = 0; i < searchRuns; i += 1) {
          const run = await timed(() => call(core, 'clients.list', { search }));
          samples.push(run.ms);
          cpu.push(run.cpuMs);
        }
        return medianRow(`clients.list search "${search}"`, samples, TARGETS.search, `${first.length} matching clients`, cpu);
      });

      const missing = !fs.existsSync(CHROMIUM_PATH)
        ? `skipped: no Chromium at ${CHROMIUM_PATH}`
        : process.env.BENCH_SKIP_BROWSER === '1'
          ? 'skipped: BENCH_SKIP_BROWSER=1'
          : ensureRenderer();
      if (missing) {
        rows.push(skippedRow('first screen (Today) interactive', TARGETS.screen, missing));
      } else {
        // The screens are timed as a coach meets them: the app opened on this database, as
        // `cadence serve` opens it (its caches warmed in the background once it is open),
        // not straight after an import that has just emptied those caches.
        step('reopening the database as `cadence serve` does');
        await core.close();
        core = openCore({ dbPath, warmUp: true });
        await core.ready;
        step('loading screens in Chromium');
        const { screens, strategy } = await measureScreens(core, STATIC_DIR, screenRuns);
        const note =
          strategy === 'data-ready'
            ? 'until <main data-ready="true">, fresh browser context each run'
            : 'renderer has no readiness marker: until <main> is visible and the network is idle';
        for (const [metric, { target, samples, problem }] of Object.entries(screens)) {
          if (samples.length === 0) rows.push({ ...skippedRow(metric, target, `FAILED: ${problem}`), pass: false });
          else rows.push(medianRow(metric, samples, target, problem ? `${note}; stopped after ${samples.length} runs: ${problem}` : note));
        }
      }
    }
  } finally {
    await core.close();
    if (process.env.BENCH_KEEP === '1') console.log(`Kept the database at ${dbPath}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }

  console.log('');
  printTable(rows);
  const busy = busyBefore ?? busyWarning();
  if (busy) console.log(`\nWarning: ${busy}.`);
  writeJson(
    RESULTS,
    { ranAt: new Date().toISOString(), busy, scale, counts: { ...counts, payments: file.payments.length }, targetsMs: TARGETS },
    rows,
  );
  console.log(`\nWrote ${path.relative(ROOT, RESULTS)}`);
  return rows.some((r) => r.pass === false) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
