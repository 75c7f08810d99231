import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../../src/api/workspace-file.ts';
import { memoryCore, ok, readExample } from './helpers.ts';

type JsonObject = Record<string, unknown>;

/** Worked example B as the valid workspace file it is (the import below proves it). */
function example(): WorkspaceFile {
  return readExample() as WorkspaceFile;
}

/** Worked example B as plain JSON, to be broken on purpose. */
function rawExample(): JsonObject {
  return readExample() as JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null;
}

/** The object at a JSON path of the file (`agreements[0].slot`), to break one thing in it. */
function at(file: JsonObject, path: string): JsonObject {
  let node: unknown = file;
  for (const key of path.split(/[.[\]]+/).filter(Boolean)) {
    if (!isObject(node)) throw new Error(`${path}: nothing to look up ${key} in`);
    node = node[key];
  }
  if (!isObject(node)) throw new Error(`${path} is not an object in worked example B`);
  return node;
}

// Each case breaks one thing in worked example B and names the JSON path that must be
// reported. Every one must be refused with that path, and nothing written.
const badFiles: { name: string; path: string; edit: (f: JsonObject) => void }[] = [
  { name: 'wrong format', path: 'format', edit: (f) => (f.format = 'something-else') },
  { name: 'unknown version', path: 'version', edit: (f) => (f.version = 2) },
  { name: 'unknown top-level key', path: '(file)', edit: (f) => (f.extra = true) },
  { name: 'missing settings', path: 'settings', edit: (f) => delete f.settings },
  { name: 'bad currency', path: 'settings.currency', edit: (f) => (at(f, 'settings').currency = 'XYZ') },
  { name: 'bad time zone', path: 'settings.timeZone', edit: (f) => (at(f, 'settings').timeZone = 'Mars/Olympus') },
  { name: 'retention above 1', path: 'settings.annualRetention', edit: (f) => (at(f, 'settings').annualRetention = 1.5) },
  { name: 'float amount', path: 'agreements[0].feeMinor', edit: (f) => (at(f, 'agreements[0]').feeMinor = 1200.5) },
  { name: 'amount as string', path: 'agreements[1].feeMinor', edit: (f) => (at(f, 'agreements[1]').feeMinor = '270000') },
  { name: 'unknown agreement key', path: 'agreements[2]', edit: (f) => (at(f, 'agreements[2]').discount = 10) },
  { name: 'missing agreement id', path: 'agreements[0].id', edit: (f) => delete at(f, 'agreements[0]').id },
  { name: 'dangling clientId', path: 'agreements[3].clientId', edit: (f) => (at(f, 'agreements[3]').clientId = 'nobody') },
  { name: 'impossible date', path: 'agreements[0].startDate', edit: (f) => (at(f, 'agreements[0]').startDate = '2025-02-30') },
  { name: 'date in another format', path: 'agreements[1].startDate', edit: (f) => (at(f, 'agreements[1]').startDate = '01/08/2025') },
  { name: 'unknown kind', path: 'agreements[0].kind', edit: (f) => (at(f, 'agreements[0]').kind = 'subscription') },
  { name: 'period of 2 months', path: 'agreements[0].periodMonths', edit: (f) => (at(f, 'agreements[0]').periodMonths = 2) },
  { name: 'term not a multiple of the period', path: 'agreements[1].termMonths', edit: (f) => (at(f, 'agreements[1]').termMonths = 4) },
  {
    name: 'work without included minutes',
    path: 'agreements[0].includedMinutes',
    edit: (f) => (at(f, 'agreements[0]').includedMinutes = null),
  },
  {
    name: 'installments not adding up',
    path: 'agreements[2].installments',
    edit: (f) => (at(f, 'agreements[2].installments[1]').amountMinor = 1),
  },
  { name: 'slot weekday 8', path: 'agreements[0].slot.weekday', edit: (f) => (at(f, 'agreements[0].slot').weekday = 8) },
  { name: 'slot time 25:00', path: 'agreements[0].slot.time', edit: (f) => (at(f, 'agreements[0].slot').time = '25:00') },
  {
    name: 'pause ending before it starts',
    path: 'agreements[5].pauses[0].to',
    edit: (f) => (at(f, 'agreements[5].pauses[0]').to = '2026-02-01'),
  },
  { name: 'duplicate client id', path: 'clients[1].id', edit: (f) => (at(f, 'clients[1]').id = at(f, 'clients[0]').id) },
  { name: 'client without a name', path: 'clients[0].name', edit: (f) => (at(f, 'clients[0]').name = '   ') },
  { name: 'bad email', path: 'clients[0].email', edit: (f) => (at(f, 'clients[0]').email = 'not-an-email') },
  { name: 'session of another client’s agreement', path: 'sessions[0].agreementId', edit: (f) => (at(f, 'sessions[0]').clientId = 'e2') },
  { name: 'instant without Z', path: 'sessions[0].start', edit: (f) => (at(f, 'sessions[0]').start = '2025-12-03T18:00:00') },
  {
    name: 'cancelled session without cancelledBy',
    path: 'sessions[11].cancelledBy',
    edit: (f) => (at(f, 'sessions[11]').cancelledBy = null),
  },
  { name: 'unknown session status', path: 'sessions[0].status', edit: (f) => (at(f, 'sessions[0]').status = 'done') },
  { name: 'work log of a missing agreement', path: 'workLogs[0].agreementId', edit: (f) => (at(f, 'workLogs[0]').agreementId = 'zz') },
  { name: 'bad invoice number', path: 'invoices[0].number', edit: (f) => (at(f, 'invoices[0]').number = '2025-1') },
  { name: 'invoice number reused', path: 'invoices[1].number', edit: (f) => (at(f, 'invoices[1]').number = at(f, 'invoices[0]').number) },
  { name: 'due before issue', path: 'invoices[0].dueDate', edit: (f) => (at(f, 'invoices[0]').dueDate = '2025-01-01') },
  { name: 'payment of a missing invoice', path: 'payments[0].invoiceId', edit: (f) => (at(f, 'payments[0]').invoiceId = 'nope') },
  { name: 'negative payment', path: 'payments[0].amountMinor', edit: (f) => (at(f, 'payments[0]').amountMinor = -5) },
  {
    name: 'paid but not covered',
    path: 'invoices[0].status',
    edit: (f) => {
      const invoiceId = at(f, 'invoices[0]').id;
      const payments = f.payments;
      if (!Array.isArray(payments)) throw new Error('payments is not a list in worked example B');
      f.payments = payments.filter((payment: unknown) => !isObject(payment) || payment.invoiceId !== invoiceId);
    },
  },
  { name: 'clients not an array', path: 'clients', edit: (f) => (f.clients = {}) },
];

describe('workspace import', () => {
  it('has at least 20 distinct bad files', () => {
    expect(new Set(badFiles.map((b) => b.path)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(badFiles)('refuses $name at $path and writes nothing', async ({ path, edit }) => {
    const core = await memoryCore();
    const file = rawExample();
    edit(file);
    const result = await core.call('data.import', { file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(Object.keys(result.error.fields ?? {})).toContain(path);
    expect(result.error.message).toContain('Nothing was imported');
    const status = await ok(core, 'data.status', {});
    expect(status.empty).toBe(true);
    expect(status.onboarded).toBe(false);
    await core.close();
  });

  it('imports worked example B and exports it back with the same records', async () => {
    const core = await memoryCore();
    const counts = await ok(core, 'data.import', { file: example() });
    expect(counts).toEqual({ clients: 6, agreements: 6, sessions: 19, workLogs: 2, invoices: 24, payments: 23 });
    const exported = await ok(core, 'data.export', {});
    const original = example();
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(exported.agreements).toEqual(byId(original.agreements));
    expect(exported.sessions).toEqual(byId(original.sessions));
    expect(exported.clients).toEqual(byId(original.clients));
    expect(exported.invoices).toEqual(byId(original.invoices));
    expect(exported.payments).toEqual(byId(original.payments));
    expect(exported.settings).toMatchObject(original.settings);
    await core.close();
  });

  it('export → import into an empty database → export gives the identical file but for exportedAt', async () => {
    const first = await memoryCore(new Date('2026-03-01T10:00:00Z'));
    await ok(first, 'data.import', { file: example() });
    const once = await ok(first, 'data.export', {});
    const second = await memoryCore(new Date('2026-04-01T08:30:00Z'));
    await ok(second, 'data.import', { file: JSON.parse(JSON.stringify(once)) });
    const twice = await ok(second, 'data.export', {});
    expect(twice.exportedAt).toBe('2026-04-01T08:30:00Z');
    expect(JSON.stringify({ ...twice, exportedAt: '' })).toBe(JSON.stringify({ ...once, exportedAt: '' }));
  });

  it('refuses to import into a workspace that has data', async () => {
    const core = await memoryCore();
    await ok(core, 'clients.create', { name: 'Existing' });
    const result = await core.call('data.import', { file: example() });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const list = await ok(core, 'clients.list', { status: 'all' });
    expect(list.map((c) => c.name)).toEqual(['Existing']);
  });

  it('keeps invoice numbering ahead of imported numbers', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: example() });
    const store = await core.ready;
    const counters = store.sqlite.prepare('select year, last_number from invoice_number_counters order by year').all();
    expect(counters.length).toBeGreaterThan(0);
    const numbers = example().invoices.map((i) => i.number);
    for (const { year, last_number } of counters as { year: number; last_number: number }[]) {
      const highest = Math.max(...numbers.filter((n) => n.startsWith(`INV-${year}-`)).map((n) => Number(n.slice(9))));
      expect(last_number).toBe(highest);
    }
  });
});
