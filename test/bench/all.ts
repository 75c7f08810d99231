// `npm run bench`: every benchmark in turn, then one table of all their figures.
//   run.ts        import, export, client search, first screens in Chromium (bench.json)
//   core.ts       PDFs, calendar week, notes search, usage, forecast, metrics, invoices,
//                 backup, restore, CSV export (core.json)
//   preview.ts    agreement editor: keystroke to live preview in Chromium (preview.json)
//   week-view.ts  calendar week view with 150 calls rendered in Chromium (week-view.json)
// Each writes its JSON to bench-results/. Exit code: 2 if a benchmark broke, else 1 if a
// target was missed, else 0. BENCH_ONLY=core,preview runs a subset; BENCH_SKIP_BUILD=1
// uses the renderer already in dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { printTable, type Row } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const BENCHES = [
  { name: 'run', script: 'test/bench/run.ts', json: 'bench.json' },
  { name: 'core', script: 'test/bench/core.ts', json: 'core.json' },
  { name: 'preview', script: 'test/bench/preview.ts', json: 'preview.json' },
  { name: 'week-view', script: 'test/bench/week-view.ts', json: 'week-view.json' },
] as const;

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const chosen = BENCHES.filter((bench) => !only || only.includes(bench.name));
if (chosen.length === 0) {
  console.error(`BENCH_ONLY names none of: ${BENCHES.map((bench) => bench.name).join(', ')}`);
  process.exit(2);
}

// The browser benchmarks load dist/renderer: build it from the current source first.
if (process.env.BENCH_SKIP_BUILD !== '1') {
  console.log('Building the renderer (npx vite build) …');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('`npx vite build` failed: nothing to benchmark in Chromium.');
    process.exit(2);
  }
}

let exit = 0;
const rows: Row[] = [];
for (const bench of chosen) {
  console.log(`\n=== ${bench.script}\n`);
  const json = path.join(ROOT, 'bench-results', bench.json);
  fs.rmSync(json, { force: true });
  const { status } = spawnSync(TSX, [bench.script], { cwd: ROOT, stdio: 'inherit' });
  const code = status ?? 2;
  if (code > 1 || !fs.existsSync(json)) {
    exit = 2;
    rows.push({ metric: `${bench.name}: the benchmark broke (exit ${code})`, kind: 'duration', ms: null, targetMs: null, pass: false });
    continue;
  }
  exit = Math.max(exit, code);
  rows.push(...(JSON.parse(fs.readFileSync(json, 'utf8')) as { results: Row[] }).results);
}

console.log('\n=== All figures\n');
printTable(rows);
process.exit(exit);
