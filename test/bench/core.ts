// The core's speed targets on the large practice, beyond import and export (run.ts):
// agreement PDFs, the calendar week, notes search, usage ledgers, the forecast, metrics,
// invoice generation, backups, restores, CSV export, and Today and Revenue from a fresh core. Prints a table and writes
// bench-results/core.json; exits 1 when a target is missed. BENCH_SCALE as in run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Core, openCore } from '../../src/api/core.ts';
import { generateLargeWorkspace, LARGE_DEFAULTS } from '../../src/demo/large.ts';
import { durationRow, medianRow, printTable, type Row, timed, writeJson } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scale = Number(process.env.BENCH_SCALE ?? 1);
const counts = {
  clients: Math.max(1, Math.round(LARGE_DEFAULTS.clients * scale)),
  agreements: Math.max(1, Math.round(LARGE_DEFAULTS.agreements * scale)),
  sessions: Math.round(LARGE_DEFAULTS.sessions * scale),
  invoices: Math.round(LARGE_DEFAULTS.invoices * scale),
};

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed (${result.error.code}): ${result.error.message}`);
  return result.value as T;
}

async function medianOf(core: Core, runs: number, name: string, input: () => unknown): Promise<number[]> {
  await call(core, name, input()); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push((await timed(() => call(core, name, input()))).ms);
  return samples;
}

/** A long clause so an agreement runs to about six pages. */
function longClauses(): { id: string; title: string; body: string }[] {
  const paragraph =
    'The Coach and the Client agree to work together in good faith, to prepare for each session, and to raise concerns early. {{client.name}} may ask for a written summary of progress at any time; the Coach provides it within five working days. ';
  return Array.from({ length: 9 }, (_, i) => ({
    id: `long-${i}`,
    title: `Section ${i + 1}`,
    body: `${paragraph.repeat(3)}\n\n- First point of ${i + 1}\n- Second point\n\n${paragraph.repeat(2)}`,
  }));
}

async function main(): Promise<number> {
  const rows: Row[] = [];
  const file = generateLargeWorkspace(counts);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-core-'));
  const dbPath = path.join(dir, 'bench.db');
  const core = openCore({ dbPath });
  try {
    await call(core, 'data.import', { file });
    await call(core, 'settings.update', { businessName: 'Bench Coaching' });
    // The first change after opening starts an automatic backup; the figures below are taken
    // once it is done, not side by side with it.
    await core.idle();
    const today = file.exportedAt.slice(0, 10);
    const agreements = await call<{ id: string; kind: string; clientId: string; startDate: string }[]>(core, 'agreements.list', {});
    const retainer = agreements.filter((a) => a.kind === 'work').sort((a, b) => a.startDate.localeCompare(b.startDate))[0]!;

    // Agreement PDF, about six pages.
    const client = agreements[0]!.clientId;
    const draft = await call<{ agreement: { id: string } }>(core, 'agreements.create', {
      clientId: client,
      kind: 'access',
      feeMinor: 100000,
    });
    await call(core, 'agreements.update', { id: draft.agreement.id, clauses: longClauses() });
    const pdf = await call<{ contentBase64: string }>(core, 'agreements.pdf', { id: draft.agreement.id });
    const pdfFile = path.join(dir, 'agreement.pdf');
    fs.writeFileSync(pdfFile, Buffer.from(pdf.contentBase64, 'base64'));
    const pages = (fs.readFileSync(pdfFile, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
    rows.push(
      medianRow('agreement PDF', await medianOf(core, 10, 'agreements.pdf', () => ({ id: draft.agreement.id })), 300, `${pages} pages`),
    );

    const weekStart = today;
    const week = await medianOf(core, 30, 'calendar.range', () => ({ from: weekStart, to: addDays(weekStart, 6) }));
    const items = (await call<{ items: unknown[] }>(core, 'calendar.range', { from: weekStart, to: addDays(weekStart, 6) })).items.length;
    rows.push(medianRow('calendar week query (calendar.range)', week, 10, `${items} items`));
    rows.push(medianRow('notes search (notes.search)', await medianOf(core, 30, 'notes.search', () => ({ query: 'goals' })), 30));
    rows.push(
      medianRow(
        `usage ledger (${retainer.startDate} → today)`,
        await medianOf(core, 30, 'usage.ledger', () => ({ agreementId: retainer.id })),
        10,
      ),
    );
    rows.push(
      medianRow(
        'forecast, 24 months',
        await medianOf(core, 10, 'revenue.forecast', () => ({ months: 24 })),
        50,
        `${agreements.length} agreements`,
      ),
    );
    rows.push(medianRow('metrics', await medianOf(core, 10, 'revenue.metrics', () => ({})), 100, `${file.payments.length} payments`));

    const generated = await timed(() => call<{ created: unknown[] }>(core, 'invoices.generate', { upTo: today }));
    rows.push(durationRow("generate a month's invoices", generated.ms, 2000, `${generated.value.created.length} invoices`));

    await core.idle();
    const backup = await timed(() => call<{ name: string }>(core, 'backups.create', {}));
    rows.push(durationRow('backup (checked)', backup.ms, 3000, `${(fs.statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB database`));
    const restore = await timed(() => call(core, 'backups.restore', { name: backup.value.name }));
    rows.push(durationRow('restore (with undo backup)', restore.ms, 5000));
    const csv = await timed(() => call<{ content: string }>(core, 'csv.export', { table: 'sessions' }));
    rows.push(durationRow('CSV export of all sessions', csv.ms, 3000, `${(csv.value.content.length / 2 ** 20).toFixed(0)} MiB`));

    // The first screens after the app starts: a fresh core (its memo empty) on the same file.
    // Today is interactive < 1.5 s of which page load is ~950 ms; the Revenue screen renders
    // < 500 ms in Chromium. Shown as info: the UI benches hold the targets.
    const fresh = openCore({ dbPath });
    try {
      await call(fresh, 'settings.get', {});
      const todayCold = await timed(() => call(fresh, 'today.summary', { asOf: today }));
      rows.push(durationRow('today.summary, cold (first call after open)', todayCold.ms, null));
      rows.push(medianRow('today.summary, warm', await medianOf(fresh, 20, 'today.summary', () => ({ asOf: today })), null));
    } finally {
      await fresh.close();
    }
    const revenueScreen = openCore({ dbPath });
    try {
      await call(revenueScreen, 'settings.get', {});
      // The screen's one read: computed on first opening, remembered until a write.
      const screen = await timed(() => call(revenueScreen, 'revenue.screen', { asOf: today }));
      rows.push(durationRow('revenue.screen, cold (first call after open)', screen.ms, null));
      let earlier = 0;
      rows.push(
        medianRow(
          'revenue.screen, another date (computed)',
          await medianOf(revenueScreen, 5, 'revenue.screen', () => {
            earlier += 1;
            return { asOf: addDays(today, -earlier) };
          }),
          null,
        ),
      );
      rows.push(
        medianRow('revenue.screen, remembered', await medianOf(revenueScreen, 10, 'revenue.screen', () => ({ asOf: today })), null),
      );
    } finally {
      await revenueScreen.close();
    }
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
  const out = path.join(ROOT, 'bench-results', 'core.json');
  writeJson(out, { ranAt: new Date().toISOString(), scale, counts }, rows);
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
  return rows.some((r) => r.pass === false) ? 1 : 0;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
