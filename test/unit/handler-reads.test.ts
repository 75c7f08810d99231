// Every handler declares the tables it reads and writes; the UI refetches a query when a
// write touches what its handler reads, so a table read but not declared means a screen
// left showing an old answer. Each handler is called here on worked example B while the SQL
// it runs is recorded, and the tables that SQL reads and writes must be among those declared.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../../src/api/contract.ts';
import { createCore } from '../../src/api/core.ts';
import { type ApiName, registry } from '../../src/api/index.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { FIXED_NOW, memoryCore, ok, readExample, tempDir } from './helpers.ts';

/** Which change-event table each SQL table belongs to (a write to it is announced as that). */
const TABLE_OF: Record<string, readonly Table[]> = {
  settings: ['settings'],
  clients: ['clients'],
  value_conversations: ['clients'],
  agreements: ['agreements'],
  agreement_slots: ['agreements'],
  agreement_pauses: ['agreements'],
  agreement_installments: ['agreements'],
  agreement_cancellations: ['agreements'],
  agreement_versions: ['agreements'],
  agreement_documents: ['agreements'],
  document_templates: ['agreements'],
  clause_library: ['agreements'],
  sessions: ['sessions'],
  work_logs: ['work_logs'],
  invoices: ['invoices'],
  invoice_lines: ['invoices'],
  invoice_number_counters: ['invoices'],
  payments: ['payments'],
  // The notes index holds session and client notes.
  notes_fts: ['sessions', 'clients'],
  // Bookkeeping, not data a screen shows.
  cadence_migrations: [],
};

function tablesOf(names: Iterable<string>): Set<Table> {
  const tables = new Set<Table>();
  for (const name of names) {
    const mapped = TABLE_OF[name];
    if (!mapped) throw new Error(`The SQL table "${name}" is not in TABLE_OF: say which change-event table it belongs to.`);
    for (const table of mapped) tables.add(table);
  }
  return tables;
}

/** The tables one statement reads (FROM and JOIN) and writes (INSERT, UPDATE, DELETE). */
function statementTables(statement: string): { reads: string[]; writes: string[] } {
  const text = statement.replace(/\s+/g, ' ').trim();
  const writes: string[] = [];
  const target = /^(?:insert(?: or \w+)? into|update|delete from) "?(\w+)"?/i.exec(text);
  if (target) writes.push(target[1]!);
  const rest = target ? text.slice(target[0].length) : text;
  const reads = [...rest.matchAll(/\b(?:from|join) "?(\w+)"?/gi)].map((match) => match[1]!);
  return { reads, writes };
}

/** A call to make, its input built from what earlier calls answered. */
interface Step {
  name: ApiName;
  input: () => unknown;
  /** The error code the call is expected to fail with (it still reads before it fails). */
  fails?: string;
}

let store: Store;
const statements: string[] = [];
const state: Record<string, string> = {};
const called = new Set<string>();
const found: { name: string; undeclaredReads: Table[]; undeclaredWrites: Table[] }[] = [];

beforeAll(async () => {
  store = await openStore(path.join(tempDir('cadence-reads-'), 'cadence.db'));
  // Every statement the store runs, whichever way it is run.
  for (const method of ['all', 'first', 'run'] as const) {
    const original = store.sql[method].bind(store.sql) as (query: { compile(): { sql: string } }) => unknown;
    Object.defineProperty(store.sql, method, {
      value: (query: { compile(): { sql: string } }) => {
        statements.push(query.compile().sql);
        return original(query);
      },
    });
  }
  const prepare = store.sqlite.prepare.bind(store.sqlite);
  Object.defineProperty(store.sqlite, 'prepare', {
    value: (source: string, ...rest: unknown[]) => {
      statements.push(source);
      return (prepare as (s: string, ...r: unknown[]) => ReturnType<typeof prepare>)(source, ...rest);
    },
  });
});

afterAll(() => store.close());

async function run(step: Step): Promise<unknown> {
  // A core of its own for each call: nothing remembered by an earlier call hides a read.
  const core = createCore(store, { now: () => FIXED_NOW, log: () => undefined });
  statements.length = 0;
  // A write's change event comes as its handler returns: what runs after it is the
  // automatic backup's, not the handler's.
  let handlerRan = Number.POSITIVE_INFINITY;
  core.onChange(() => {
    handlerRan = statements.length;
  });
  const result = await core.call(step.name, step.input());
  await core.idle();
  statements.length = Math.min(statements.length, handlerRan);
  if (step.fails) expect(result.ok ? 'ok' : result.error.code, step.name).toBe(step.fails);
  else if (!result.ok) throw new Error(`${step.name} failed: ${result.error.code} ${result.error.message}`);
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const statement of statements) {
    const tables = statementTables(statement);
    for (const table of tables.reads) reads.add(table);
    for (const table of tables.writes) writes.add(table);
  }
  const handler = registry[step.name];
  called.add(step.name);
  found.push({
    name: step.name,
    undeclaredReads: [...tablesOf(reads)].filter((table) => !handler.reads.includes(table)),
    undeclaredWrites: [...tablesOf(writes)].filter((table) => !handler.writes.includes(table)),
  });
  return result.ok ? result.value : null;
}

const step = (name: ApiName, input: unknown | (() => unknown), fails?: string): Step => ({
  name,
  input: typeof input === 'function' ? (input as () => unknown) : () => input,
  ...(fails ? { fails } : {}),
});

const CLAUSES = [{ id: 'scope', title: 'Scope', body: 'Coaching calls.' }];

describe('what handlers read and write', () => {
  it('reads statements the way the check needs', () => {
    expect(statementTables('select "c"."id" from "clients" as "c" inner join "invoices" as "i" on "i"."client_id" = "c"."id"')).toEqual({
      reads: ['clients', 'invoices'],
      writes: [],
    });
    expect(statementTables('delete from "sessions" where "id" in (select "id" from "work_logs")')).toEqual({
      reads: ['work_logs'],
      writes: ['sessions'],
    });
    expect(statementTables('insert into "agreement_slots" ("a") values (?)')).toEqual({ reads: [], writes: ['agreement_slots'] });
    expect(() => tablesOf(['mystery'])).toThrow(/mystery/);
  });

  it('every handler reads and writes only the tables it declares', async () => {
    const steps: Step[] = [
      step('data.import', () => ({ file: readExample() })),
      step('data.demo', {}, 'conflict'),
      step('data.status', {}),
      step('data.export', {}),
      step('settings.get', {}),
      step('settings.update', { businessName: 'Northbank Coaching' }),
      step('clients.list', {}),
      step('clients.list', { sort: 'lastSession', direction: 'desc' }),
      step('clients.list', { balance: 'open', limit: 6 }),
      step('clients.get', { id: 'e1' }),
      step('clients.create', { name: 'Grace Hopper' }),
      step('clients.update', () => ({ id: state.client, notes: 'Wants a monthly retainer' })),
      step('clients.archive', () => ({ id: state.client })),
      step('clients.restore', () => ({ id: state.client })),
      step('clients.delete', { id: 'e1' }, 'conflict'),
      step('clients.delete', () => ({ id: state.client })),
      step('agreements.list', {}),
      step('agreements.list', { clientId: 'e1', status: 'active' }),
      step('agreements.get', { id: 'b1' }),
      step('agreements.create', { clientId: 'e5', kind: 'work', feeMinor: 100000, overageRateMinorPerHour: 9000 }),
      step('agreements.update', () => ({ id: state.agreement, title: 'Monthly coaching', clauses: CLAUSES })),
      step('agreements.preview', () => ({ id: state.agreement, feeMinor: 110000 })),
      step('agreements.send', () => ({ id: state.agreement })),
      step('agreements.withdraw', () => ({ id: state.agreement })),
      step('agreements.sign', () => ({ id: state.agreement, signedBy: 'Eve', method: 'paper' })),
      step('agreements.amend', () => ({
        id: state.agreement,
        effectiveDate: '2026-04-01',
        signedBy: 'Eve',
        method: 'paper',
        feeMinor: 125000,
      })),
      step('agreements.diff', () => ({ id: state.agreement, version: 2 })),
      step('agreements.pdf', () => ({ id: state.agreement })),
      step('agreements.create', { clientId: 'e5', kind: 'access', feeMinor: 50000 }),
      step('agreements.delete', () => ({ id: state.agreement })),
      step('agreements.cancelPreview', { id: 'b2' }),
      step('agreements.cancel', { id: 'b2' }),
      step('agreements.withdrawCancellation', { id: 'b2' }),
      step('agreements.pause', { id: 'b2', from: '2026-05-01', to: '2026-05-31' }),
      step('agreements.removePause', { id: 'b2', from: '2026-05-01' }),
      step('agreements.end', { id: 'b4' }),
      step('templates.list', {}),
      step('templates.save', { name: 'Short work retainer', kind: 'work', clauses: CLAUSES }),
      step('clauses.library', {}),
      step('clauses.save', { title: 'Travel', body: 'Travel is billed at cost.' }),
      step('mergeFields.list', {}),
      step('calendar.range', { from: '2026-02-23', to: '2026-03-08' }),
      step('calendar.range', { from: '2026-02-23', to: '2026-03-08', clientId: 'e1' }),
      step('calendar.capacity', { weekStart: '2026-02-23' }),
      step('calendar.ics', {}),
      step('calendar.ics', { clientId: 'e1' }),
      step('sessions.unlogged', {}),
      step('sessions.log', { agreementId: 'b1', occurrenceStart: '2026-02-25T18:00:00Z', actualMinutes: 45 }),
      step('sessions.noShow', { agreementId: 'b1', occurrenceStart: '2026-02-18T18:00:00Z' }),
      step('sessions.cancel', { id: 't21', by: 'client', cancelledAt: '2026-02-24T18:00:00Z' }),
      step('sessions.reopen', { id: 't21' }),
      step('sessions.reschedule', { id: 't21', start: '2026-03-05T10:00:00Z' }),
      step('sessions.create', { clientId: 'e2', agreementId: 'b2', start: '2026-03-03T10:00:00Z', plannedMinutes: 30, kind: 'check_in' }),
      step('sessions.updateNotes', () => ({ id: state.session, notes: 'Talked about quarterly goals' })),
      step('notes.search', { query: 'quarterly' }),
      step('sessions.delete', () => ({ id: state.session })),
      step('workLogs.create', { agreementId: 'b1', date: '2026-02-20', minutes: 30 }),
      step('workLogs.list', { agreementId: 'b1' }),
      step('workLogs.delete', () => ({ id: state.workLog })),
      step('usage.ledger', { agreementId: 'b1' }),
      step('today.summary', {}),
      step('invoices.list', {}),
      step('invoices.list', { status: 'overdue' }),
      step('invoices.list', { status: 'open', clientId: 'e2' }),
      step('invoices.get', { id: 'j15' }),
      step('invoices.pdf', { id: 'j15' }),
      step('invoices.preview', {}),
      step('invoices.generate', {}),
      step('invoices.issue', () => ({ id: state.invoice })),
      step('payments.record', () => ({ invoiceId: state.invoice, date: '2026-03-01', amountMinor: 100, method: 'card' })),
      step('payments.delete', () => ({ id: state.payment })),
      step('invoices.void', () => ({ id: state.invoice })),
      step('invoices.delete', () => ({ id: state.draft })),
      step('pricing.get', { clientId: 'e3' }),
      step('pricing.save', {
        clientId: 'e3',
        objectives: 'Grow the team',
        measures: 'Hires made',
        currency: 'GBP',
        valueLowMinor: 2_000_000,
        valueHighMinor: 3_000_000,
      }),
      step('pricing.choose', { clientId: 'e3', option: 1 }),
      step('revenue.whatIf', { removeClientIds: ['e6'] }),
      step('revenue.compareStructures', { clientId: 'e1' }),
      step('revenue.dashboard', {}),
      step('revenue.forecast', {}),
      step('revenue.metrics', {}),
      step('revenue.screen', {}),
      step('csv.export', { table: 'clients' }),
      step('csv.export', { table: 'agreements' }),
      step('csv.export', { table: 'sessions' }),
      step('csv.export', { table: 'invoices' }),
      step('csv.export', { table: 'payments' }),
      step('csv.preview', { table: 'clients', text: 'name,email\nAlan Turing,alan@example.com\n' }),
      step('csv.import', { table: 'clients', text: 'name,email\nAlan Turing,alan@example.com\n', mapping: { name: 'name' } }),
      step('csv.import', {
        table: 'sessions',
        text: 'client,start,minutes\nAlan Turing,2026-02-10 10:00,30\n',
        mapping: { client: 'client', start: 'start', minutes: 'minutes' },
      }),
      step('backups.folder', {}),
      step('backups.create', {}),
      step('backups.list', {}),
      step('backups.restore', () => ({ name: state.backup })),
    ];
    for (const next of steps) {
      const value = (await run(next)) as Record<string, unknown> | null;
      // What later steps need from this answer.
      if (next.name === 'clients.create') state.client = value!.id as string;
      if (next.name === 'agreements.create') state.agreement = (value!.agreement as { id: string }).id;
      if (next.name === 'sessions.create') state.session = value!.id as string;
      if (next.name === 'workLogs.create') state.workLog = value!.id as string;
      if (next.name === 'backups.create') state.backup = value!.name as string;
      if (next.name === 'invoices.generate') {
        const created = value!.created as { id: string }[];
        expect(created.length, 'invoices.generate creates at least two invoices on example B').toBeGreaterThanOrEqual(2);
        state.invoice = created[0]!.id;
        state.draft = created[1]!.id;
      }
      if (next.name === 'payments.record') state.payment = (value!.payments as { id: string; amountMinor: number }[]).at(-1)!.id;
    }
    expect(found.filter((f) => f.undeclaredReads.length > 0 || f.undeclaredWrites.length > 0)).toEqual([]);
    expect([...called].sort()).toEqual(Object.keys(registry).sort());
  }, 60_000);
});

describe('the declarations at work', () => {
  it('a handler using a memo of a table it does not declare fails, and the log names the handler, the memo and the table', async () => {
    const logged: string[] = [];
    const core = createCore(await openStore(':memory:'), {
      now: () => FIXED_NOW,
      log: (message, error) => logged.push(`${message}: ${error}`),
    });
    const handler = registry['clients.list'] as { reads: readonly Table[] };
    const declared = handler.reads;
    // The clients list starts from the open invoices, remembered until invoices or payments change.
    handler.reads = declared.filter((table) => table !== 'payments');
    try {
      const result = await core.call('clients.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(logged.join('\n')).toMatch(/clients\.list .*"open-invoices".*payments/);
    } finally {
      handler.reads = declared;
    }
    expect((await core.call('clients.list', {})).ok).toBe(true);
  });

  it("a write's change event names the handlers that read what it wrote, and no others", async () => {
    const core = await memoryCore();
    const events: { tables: string[]; handlers: string[] }[] = [];
    core.onChange((event) => events.push(event));
    await ok(core, 'settings.update', { businessName: 'Northbank Coaching' });
    const client = await ok(core, 'clients.create', { name: 'Ada Byrne' });
    const agreement = await ok(core, 'agreements.create', { clientId: client.id, kind: 'work', feeMinor: 100000 });
    await ok(core, 'workLogs.create', { agreementId: agreement.agreement.id, date: '2026-02-20', minutes: 30 });
    const [settings, clients, agreements, workLogs] = events;
    expect(settings!.tables).toEqual(['settings']);
    // Settings give "today" and the zone: the calendar, Today and the settings screen change.
    expect(settings!.handlers).toEqual(expect.arrayContaining(['settings.get', 'today.summary', 'calendar.range', 'data.status']));
    expect(settings!.handlers).not.toContain('clients.list');
    expect(settings!.handlers).not.toContain('workLogs.list');
    expect(clients!.handlers).toEqual(expect.arrayContaining(['clients.list', 'clients.get', 'agreements.list', 'invoices.list']));
    expect(clients!.handlers).not.toContain('settings.get');
    expect(agreements!.handlers).toEqual(expect.arrayContaining(['agreements.list', 'agreements.get', 'clients.get', 'usage.ledger']));
    expect(agreements!.handlers).not.toContain('invoices.get');
    expect(workLogs!.tables).toEqual(['work_logs']);
    expect(workLogs!.handlers).toEqual(expect.arrayContaining(['workLogs.list', 'usage.ledger', 'today.summary', 'revenue.screen']));
    expect(workLogs!.handlers).not.toContain('clients.list');
    expect(workLogs!.handlers).not.toContain('settings.get');
  });
});
