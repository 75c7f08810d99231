// The command line (README, "The command line"). Every command goes through the same
// registry as the hosts. Exit 0 on success; 2 for bad input, an unknown id or the wrong
// kind (one line per problem on stderr, nothing written); 1 for anything else.
import fs from 'node:fs';
import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ApiError } from '../src/api/contract.ts';
import { type Core, openCore } from '../src/api/core.ts';
import { resolveDbPath } from '../src/paths.ts';

class UsageError extends Error {}

const USAGE = `Usage: cadence <command> [options]   (npm run cli -- <command>)

Commands:
  import FILE               import a workspace file into an empty database
  export [--out FILE]       write the workspace file (stdout without --out)
  demo                      fill an empty database with a realistic demo practice
  serve [--port N] [--open] run the browser host on 127.0.0.1
  backup [--to DIR]         a consistent, checked copy into the backup folder (Settings → Backups,
                            else backups/ beside the database), or once into DIR
  restore FILE              put a backup back, keeping the current database as an undo backup
  ics [--client ID] [--out FILE]
                            iCalendar of the weekly slots and stored sessions
  metrics [--as-of DATE] --json
                            MRR, ARR, concentration, volatility, candidates, over-servicing
  forecast [--as-of DATE] [--months N] --json
                            the revenue forecast per currency and month (N default 12)
  usage AGREEMENT_ID [--as-of DATE] --json
                            the usage ledger of a work or access agreement
  pdf agreement ID [--version N] --out FILE
                            an agreement (its latest version, or version N) as PDF
  pdf invoice ID --out FILE an invoice as PDF

Every command takes --db PATH (or CADENCE_DB); the default is the desktop app's database.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

const COMMANDS: Record<string, { options: Options; positionals: number; run: (core: Core, args: Parsed) => Promise<void> }> = {
  import: { options: {}, positionals: 1, run: runImport },
  export: { options: { out: { type: 'string' } }, positionals: 0, run: runExport },
  demo: { options: { 'as-of': { type: 'string' } }, positionals: 0, run: runDemo },
  serve: { options: { port: { type: 'string' }, open: { type: 'boolean' } }, positionals: 0, run: runServe },
  pdf: { options: { out: { type: 'string' }, version: { type: 'string' } }, positionals: 2, run: runPdf },
  usage: { options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, positionals: 1, run: runUsage },
  backup: { options: { to: { type: 'string' } }, positionals: 0, run: runBackup },
  restore: { options: {}, positionals: 1, run: runRestore },
  ics: { options: { client: { type: 'string' }, out: { type: 'string' } }, positionals: 0, run: runIcs },
  metrics: { options: { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, positionals: 0, run: runMetrics },
  forecast: {
    options: { 'as-of': { type: 'string' }, months: { type: 'string' }, json: { type: 'boolean' } },
    positionals: 0,
    run: runForecast,
  },
};

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
}

/** Progress for long work, on a terminal only (scripts get clean output). */
function progress(message: string): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  const started = Date.now();
  process.stderr.write(`${message}…`);
  return () => process.stderr.write(` done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as T;
}

async function runImport(core: Core, { positionals }: Parsed): Promise<void> {
  const file = positionals[0]!;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`import: cannot read ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`import: ${file} is not JSON (${(error as Error).message})`);
  }
  const done = progress(`Checking and writing ${path.basename(file)}`);
  const counts = await call<Record<string, number>>(core, 'data.import', { file: json });
  done();
  process.stdout.write(`Imported ${describeCounts(counts)}.\n`);
}

async function runExport(core: Core, { values }: Parsed): Promise<void> {
  const done = typeof values.out === 'string' ? progress('Exporting the workspace') : () => undefined;
  const file = await call<unknown>(core, 'data.export', {});
  const text = `${JSON.stringify(file, null, 1)}\n`;
  done();
  if (typeof values.out === 'string') {
    writeFileAtomically(values.out, text);
    process.stderr.write(`Wrote ${values.out}\n`);
  } else {
    process.stdout.write(text);
  }
}

async function runDemo(core: Core, { values }: Parsed): Promise<void> {
  const input = typeof values['as-of'] === 'string' ? { today: values['as-of'] } : {};
  const counts = await call<Record<string, number>>(core, 'data.demo', input);
  process.stdout.write(`Created a demo practice: ${describeCounts(counts)}.\n`);
}

async function runServe(core: Core, { values }: Parsed): Promise<void> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('serve: --port must be a number from 0 to 65535');
  await core.ready;
  const { startBrowserHost } = await import('./http.ts');
  const staticDir = path.resolve(import.meta.dirname, '..', 'dist', 'renderer');
  const host = await startBrowserHost({ core, staticDir, port });
  process.stdout.write(`Cadence is running at ${host.url}\nKeep this window open; press Ctrl+C to stop.\n`);
  if (values.open) openInBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
}

/** A number option's text as a number, for the handler to check; text that is no number at all is refused here. */
function numberOption(command: string, name: string, text: Parsed['values'][string]): number | undefined {
  if (typeof text !== 'string') return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${command}: --${name} must be a number, not "${text}"`);
  return value;
}

function asOfInput(values: Parsed['values']): { asOf?: string } {
  return typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {};
}

async function runUsage(core: Core, { positionals, values }: Parsed): Promise<void> {
  const ledger = await call<{ agreementId: string; periods: unknown[] }>(core, 'usage.ledger', {
    agreementId: positionals[0],
    ...asOfInput(values),
  });
  const output = { agreementId: ledger.agreementId, periods: ledger.periods };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
    return;
  }
  const rows = ledger.periods as Record<string, number | string>[];
  process.stdout.write('start       end         included  rollover-in  delivered  overage  overage-minor  rollover-out\n');
  for (const r of rows) {
    process.stdout.write(
      `${r.start}  ${r.end}  ${String(r.includedMinutes).padStart(8)}  ${String(r.rolloverInMinutes).padStart(11)}  ${String(r.deliveredMinutes).padStart(9)}  ${String(r.overageMinutes).padStart(7)}  ${String(r.overageMinor).padStart(13)}  ${String(r.rolloverOutMinutes).padStart(12)}\n`,
    );
  }
}

async function runBackup(core: Core, { values }: Parsed): Promise<void> {
  // The app's own backup: into the backup folder setting (or --to DIR), checked, with retention.
  const input = typeof values.to === 'string' ? { folder: path.resolve(values.to) } : {};
  const done = progress('Backing up and checking the copy');
  const backup = await call<{ folder: string; name: string }>(core, 'backups.create', input);
  done();
  process.stdout.write(`${path.join(backup.folder, backup.name)}\n`);
}

async function runRestore(core: Core, { positionals }: Parsed): Promise<void> {
  const file = positionals[0]!;
  const done = progress('Keeping the current database as an undo backup, then restoring');
  let restored: { undo: string };
  try {
    restored = await call<{ undo: string }>(core, 'backups.restore', { file: path.resolve(file) });
  } catch (error) {
    // The handler names the field; the command line names the file it was given.
    const problem = error instanceof ApiFailure ? error.error.fields?.file : undefined;
    if (problem === 'no such file') throw new UsageError(`restore: cannot read ${file}`);
    if (problem === 'is damaged')
      throw new UsageError(`restore: ${file} is not a whole Cadence backup (it fails its integrity check); nothing was changed`);
    throw error;
  }
  done();
  const { folder } = await call<{ folder: string }>(core, 'backups.folder', {});
  process.stdout.write(`Restored ${file}. The database as it was is kept in ${path.join(folder, restored.undo)}\n`);
}

async function runIcs(core: Core, { values }: Parsed): Promise<void> {
  const input = typeof values.client === 'string' ? { clientId: values.client } : {};
  const { content } = await call<{ content: string }>(core, 'calendar.ics', input);
  if (typeof values.out === 'string') {
    writeFileAtomically(values.out, content);
    process.stderr.write(`Wrote ${values.out}\n`);
  } else {
    process.stdout.write(content);
  }
}

async function runMetrics(core: Core, { values }: Parsed): Promise<void> {
  const result = await call<Record<string, unknown>>(core, 'revenue.metrics', asOfInput(values));
  // The same JSON either way: it is short and readable.
  void values.json;
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
}

async function runForecast(core: Core, { values }: Parsed): Promise<void> {
  // The handler checks the range; here the text only becomes a number.
  const months = numberOption('forecast', 'months', values.months);
  const result = await call<{ asOf: string; months: number; currencies: Record<string, Record<string, number | string>[]> }>(
    core,
    'revenue.forecast',
    { ...asOfInput(values), ...(months === undefined ? {} : { months }) },
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
    return;
  }
  for (const [currency, rows] of Object.entries(result.currencies)) {
    process.stdout.write(`${currency}   month     committed     renewal    pipeline    expected (minor units)\n`);
    for (const r of rows) {
      const cell = (v: unknown) => String(v).padStart(11);
      process.stdout.write(
        `      ${r.month}  ${cell(r.committedMinor)} ${cell(r.renewalMinor)} ${cell(r.pipelineMinor)} ${cell(r.expectedMinor)}\n`,
      );
    }
  }
}

async function runPdf(core: Core, { positionals, values }: Parsed): Promise<void> {
  const [kind, documentId] = positionals as [string, string];
  if (kind !== 'agreement' && kind !== 'invoice')
    throw new UsageError(`pdf: the document kind must be "agreement" or "invoice", not "${kind}"`);
  if (typeof values.out !== 'string') throw new UsageError('pdf: --out FILE is required');
  const version = numberOption('pdf', 'version', values.version);
  if (kind === 'invoice' && version !== undefined) throw new UsageError('pdf: --version is for agreements only');
  const handlerName = kind === 'agreement' ? 'agreements.pdf' : 'invoices.pdf';
  const pdf = await call<{ contentBase64: string }>(
    core,
    handlerName,
    version === undefined ? { id: documentId } : { id: documentId, version },
  );
  writeFileAtomically(values.out, Buffer.from(pdf.contentBase64, 'base64'));
  process.stderr.write(`Wrote ${values.out}\n`);
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  import('node:child_process')
    .then(({ spawn }) =>
      spawn(command, [url], { detached: true, stdio: 'ignore' })
        .on('error', () => undefined)
        .unref(),
    )
    .catch(() => undefined);
}

function describeCounts(counts: Record<string, number>): string {
  const names: Record<string, string> = {
    clients: 'clients',
    agreements: 'agreements',
    sessions: 'sessions',
    workLogs: 'work logs',
    invoices: 'invoices',
    payments: 'payments',
  };
  return Object.entries(names)
    .map(([key, label]) => `${counts[key] ?? 0} ${label}`)
    .join(', ');
}

function writeFileAtomically(file: string, text: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

export async function main(argv: string[]): Promise<number> {
  const [commandName, ...rest] = argv;
  if (!commandName || commandName === '--help' || commandName === '-h' || commandName === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return commandName ? 0 : 2;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    process.stderr.write(`cadence: unknown command "${commandName}" (run "cadence --help" for the list)\n`);
    return 2;
  }
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true }) as Parsed;
  } catch (error) {
    process.stderr.write(`cadence ${commandName}: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== command.positionals) {
    process.stderr.write(
      `cadence ${commandName}: expected ${command.positionals} argument${command.positionals === 1 ? '' : 's'}, got ${parsed.positionals.length}\n`,
    );
    return 2;
  }
  const dbPath = resolveDbPath(typeof parsed.values.db === 'string' ? parsed.values.db : undefined);
  // The browser host is the app: it moves a damaged file aside and offers a backup; other commands refuse it.
  const onDamaged = commandName === 'serve' ? 'move-aside' : 'fail';
  const core = openCore({
    dbPath,
    onDamaged,
    warmUp: commandName === 'serve',
    log: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  });
  try {
    await core.ready.catch((error: unknown) => {
      throw new Error(`cannot open the workspace ${dbPath}: ${(error as Error).message}`);
    });
    await command.run(core, parsed);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cadence ${error.message}\n`);
      return 2;
    }
    if (error instanceof ApiFailure) {
      const { code, message, fields } = error.error;
      const lines = fields && Object.keys(fields).length > 0 ? Object.entries(fields).map(([p, m]) => `${p}: ${m}`) : [message];
      for (const line of lines) process.stderr.write(`cadence ${commandName}: ${line}\n`);
      return code === 'invalid_input' || code === 'not_found' || code === 'conflict' ? 2 : 1;
    }
    process.stderr.write(`cadence ${commandName}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await core.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
