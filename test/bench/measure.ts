// Timing and reporting helpers for the benchmark: a row per metric, a table for people,
// JSON for machines (bench-results/bench.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Row {
  metric: string;
  /** What the figure is: one run's duration, or the median of several. */
  kind: 'duration' | 'median';
  ms: number | null;
  targetMs: number | null;
  /** null: informational (no target) or skipped. */
  pass: boolean | null;
  /** CPU time of this process (user + system) for the same work: steadier than wall time on a busy machine. */
  cpuMs?: number;
  runs?: number;
  minMs?: number;
  maxMs?: number;
  note?: string;
}

export async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function durationRow(metric: string, ms: number, targetMs: number | null, note?: string, cpuMs?: number): Row {
  return {
    metric,
    kind: 'duration',
    ms,
    targetMs,
    pass: targetMs === null ? null : ms < targetMs,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    ...(note ? { note } : {}),
  };
}

export function medianRow(metric: string, samples: number[], targetMs: number | null, note?: string, cpuSamples?: number[]): Row {
  const ms = median(samples);
  return {
    metric,
    kind: 'median',
    ms,
    targetMs,
    pass: targetMs === null ? null : ms < targetMs,
    ...(cpuSamples ? { cpuMs: median(cpuSamples) } : {}),
    runs: samples.length,
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    ...(samples.length <= 20 ? { samplesMs: samples.map((sample) => Math.round(sample * 10) / 10) } : {}),
    ...(note ? { note } : {}),
  };
}

export function skippedRow(metric: string, targetMs: number | null, note: string): Row {
  return { metric, kind: 'duration', ms: null, targetMs, pass: null, note };
}

function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.metric,
    r.kind === 'median' ? `${formatMs(r.ms)} (median of ${r.runs})` : formatMs(r.ms),
    r.targetMs === null ? '—' : `< ${formatMs(r.targetMs)}`,
    r.pass === null ? (r.ms === null ? 'skipped' : 'info') : r.pass ? 'pass' : 'FAIL',
    r.cpuMs === undefined ? '' : formatMs(r.cpuMs),
  ]);
  const header = ['metric', 'median/duration', 'target', 'result', 'cpu (bench process)'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  for (const r of rows.filter((x) => x.note)) console.log(`  ${r.metric}: ${r.note}`);
}

/** A machine already busy with other work makes wall times meaningless; say so next to the figures. */
export function busyWarning(): string | null {
  const [load1] = os.loadavg();
  const cpus = os.cpus().length;
  return load1! > cpus
    ? `the machine is busy (load ${load1!.toFixed(1)} on ${cpus} CPUs): wall times are inflated; compare the cpu column or rerun when idle`
    : null;
}

export function writeJson(file: string, meta: Record<string, unknown>, rows: Row[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = {
    loadAverage: os.loadavg(),
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryMiB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
  };
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, machine, results: rows }, null, 2)}\n`);
}
