// CSV export of the main tables and CSV import of clients and sessions (RFC 4180, UTF-8).
// Import maps the file's columns to Cadence's fields, checks every row, and writes all of
// them in one transaction or none.
import Papa from 'papaparse';
import { z } from 'zod';
import { type CsvCell, csvText } from '../domain/csv.ts';
import { isUtcInstant } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import { invoiceTotalMinor } from '../domain/invoices.ts';
import { SESSION_KINDS } from '../domain/model.ts';
import { checkSessionOutcome } from '../domain/session-outcome.ts';
import { instantOfWallTime } from '../domain/slot.ts';
import { readAgreements } from '../store/agreements.ts';
import { insertClient } from '../store/clients.ts';
import { saveSession } from '../store/sessions.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { readClients, readInvoices, readPayments, readSessions } from '../store/workspace.ts';
import { clientCreateSchema } from './clients.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { newId } from './ids.ts';

const EXPORT_TABLES = ['clients', 'agreements', 'sessions', 'invoices', 'payments'] as const;
const IMPORT_TABLES = ['clients', 'sessions'] as const;

/** Fields an import can fill, per table, with the header names that suggest them. */
const IMPORT_FIELDS = {
  clients: {
    name: ['name', 'client', 'full name'],
    email: ['email', 'e-mail'],
    phone: ['phone', 'telephone', 'mobile'],
    company: ['company', 'organisation', 'organization'],
    timeZone: ['time zone', 'timezone', 'tz'],
    notes: ['notes', 'note'],
  },
  sessions: {
    client: ['client', 'client name', 'name', 'email'],
    start: ['start', 'date', 'when', 'start time'],
    minutes: ['minutes', 'duration', 'length'],
    kind: ['kind', 'type'],
    notes: ['notes', 'note'],
  },
} as const;

const READERS = { clients: readClients, agreements: readAgreements, sessions: readSessions, payments: readPayments } as const;

function exportRows(ctx: Context, table: (typeof EXPORT_TABLES)[number]): Record<string, unknown>[] {
  if (table !== 'invoices') return READERS[table](ctx.store.sql) as unknown as Record<string, unknown>[];
  return readInvoices(ctx.store.sql).map(({ lines, ...invoice }) => ({
    ...invoice,
    totalMinor: invoiceTotalMinor(lines),
    lines: lines.length,
  }));
}

/** RFC 4180 text of rows that share their keys (src/domain/csv.ts); nested values (an agreement's slot) as JSON. */
export function toCsv(rows: Record<string, unknown>[], bom: boolean): string {
  const fields = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return csvText(rows.length > 0 ? [fields, ...rows.map((row) => fields.map((field) => flat(row[field])))] : [], { bom });
}

function flat(value: unknown): CsvCell {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : (value as CsvCell);
}

function parse(text: string): { headers: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) throw new CadenceError('invalid_input', `text: row ${(fatal.row ?? 0) + 2}: ${fatal.message}`, { text: fatal.message });
  return { headers: result.meta.fields ?? [], rows: result.data };
}

function suggestMapping(table: (typeof IMPORT_TABLES)[number], headers: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const [field, names] of Object.entries(IMPORT_FIELDS[table])) {
    const header = headers.find((h) => (names as readonly string[]).includes(h.toLowerCase()));
    if (header) mapping[field] = header;
  }
  return mapping;
}

type RowError = { row: number; column: string; message: string };

/** A session start: UTC ISO, or "YYYY-MM-DD HH:mm" read in the workspace's time zone. */
function parseStart(value: string, timeZone: string): string | null {
  const text = value.trim();
  if (isUtcInstant(text)) return text;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(text);
  return match ? instantOfWallTime(match[1]!, match[2]!, timeZone) : null;
}

function importRows(ctx: Context, table: (typeof IMPORT_TABLES)[number], rows: Record<string, string>[], mapping: Record<string, string>) {
  const errors: RowError[] = [];
  const cell = (row: Record<string, string>, field: string) => (mapping[field] ? (row[mapping[field]!] ?? '').trim() : '');
  const now = timestampText(ctx.now());
  if (table === 'clients') {
    if (!mapping.name)
      throw new CadenceError('invalid_input', 'mapping.name: choose the column with the client names', { 'mapping.name': 'is required' });
    const clients = rows.flatMap((row, index) => {
      const input = Object.fromEntries(
        Object.keys(IMPORT_FIELDS.clients)
          .filter((f) => mapping[f] && cell(row, f) !== '')
          .map((f) => [f, cell(row, f)]),
      );
      const parsed = clientCreateSchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          errors.push({ row: index + 2, column: mapping[String(issue.path[0])] ?? String(issue.path[0]), message: issue.message });
        return [];
      }
      const timeZone = parsed.data.timeZone ?? getSettings(ctx.store.sql).timeZone;
      return [
        {
          id: newId(),
          name: parsed.data.name,
          email: parsed.data.email ?? null,
          phone: parsed.data.phone ?? null,
          company: parsed.data.company ?? null,
          timeZone,
          status: 'active' as const,
          notes: parsed.data.notes ?? '',
          createdAt: now,
          updatedAt: now,
        },
      ];
    });
    if (errors.length === 0) for (const client of clients) insertClient(ctx.store.sql, client);
    return { errors, imported: errors.length ? 0 : clients.length };
  }
  for (const field of ['client', 'start', 'minutes'] as const) {
    if (!mapping[field])
      throw new CadenceError('invalid_input', `mapping.${field}: choose the column for ${field}`, { [`mapping.${field}`]: 'is required' });
  }
  const clients = ctx.store.sql.all(qb.selectFrom('clients').select(['id', 'name', 'email']));
  const byKey = new Map<string, string>();
  for (const c of clients) {
    byKey.set(c.name.toLowerCase(), c.id);
    if (c.email) byKey.set(c.email.toLowerCase(), c.id);
  }
  const timeZone = getSettings(ctx.store.sql).timeZone;
  const sessions = rows.flatMap((row, index) => {
    const rowErrors: RowError[] = [];
    const clientId = byKey.get(cell(row, 'client').toLowerCase());
    if (!clientId) rowErrors.push({ row: index + 2, column: mapping.client!, message: `no client is named "${cell(row, 'client')}"` });
    const start = parseStart(cell(row, 'start'), timeZone);
    if (!start) rowErrors.push({ row: index + 2, column: mapping.start!, message: 'must be a date and time like 2026-03-01 10:00' });
    // An imported session is a held one: only a session that has begun can be.
    const held = start ? checkSessionOutcome({ start, now, outcome: 'completed' }) : null;
    if (held && !held.ok) rowErrors.push({ row: index + 2, column: mapping.start!, message: held.message });
    const minutes = Number(cell(row, 'minutes'));
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > 1440)
      rowErrors.push({ row: index + 2, column: mapping.minutes!, message: 'must be a whole number of minutes from 1 to 1440' });
    const kindText = cell(row, 'kind') || 'session';
    const kind = z.enum(SESSION_KINDS).safeParse(kindText.toLowerCase().replace(/[- ]/g, '_'));
    if (!kind.success) rowErrors.push({ row: index + 2, column: mapping.kind ?? 'kind', message: 'must be session, check_in or extended' });
    errors.push(...rowErrors);
    if (rowErrors.length || !clientId || !start || !kind.success) return [];
    return [
      {
        id: newId(),
        clientId,
        agreementId: null,
        start,
        plannedMinutes: minutes,
        actualMinutes: minutes,
        status: 'completed' as const,
        kind: kind.data,
        occurrenceStart: null,
        cancelledAt: null,
        cancelledBy: null,
        notes: cell(row, 'notes'),
      },
    ];
  });
  if (errors.length === 0) for (const session of sessions) saveSession(ctx.store.sql, session);
  return { errors, imported: errors.length ? 0 : sessions.length };
}

export const csvHandlers = {
  'csv.export': handler({
    input: z.strictObject({ table: z.enum(EXPORT_TABLES), bom: z.boolean().optional() }),
    reads: ['clients', 'agreements', 'sessions', 'invoices', 'payments'],
    writes: [],
    run: (ctx, { table, bom }) => ({ fileName: `cadence-${table}.csv`, content: toCsv(exportRows(ctx, table), bom ?? false) }),
  }),

  'csv.preview': handler({
    input: z.strictObject({ table: z.enum(IMPORT_TABLES), text: z.string().max(50_000_000) }),
    reads: [],
    writes: [],
    run: (_ctx, { table, text }) => {
      const { headers, rows } = parse(text);
      return {
        headers,
        rowCount: rows.length,
        firstRows: rows.slice(0, 10),
        fields: Object.keys(IMPORT_FIELDS[table]),
        suggestedMapping: suggestMapping(table, headers),
      };
    },
  }),

  'csv.import': handler({
    long: 'A CSV import',
    input: z.strictObject({ table: z.enum(IMPORT_TABLES), text: z.string().max(50_000_000), mapping: z.record(z.string(), z.string()) }),
    reads: ['settings', 'clients'],
    writes: ['clients', 'sessions'],
    run: (ctx, { table, text, mapping }) =>
      ctx.store.sql.transaction(() => {
        const { headers, rows } = parse(text);
        for (const [field, header] of Object.entries(mapping)) {
          if (!(field in IMPORT_FIELDS[table]))
            throw new CadenceError('invalid_input', `mapping.${field}: is not a field of ${table}`, {
              [`mapping.${field}`]: 'unknown field',
            });
          if (!headers.includes(header))
            throw new CadenceError('invalid_input', `mapping.${field}: the file has no column "${header}"`, {
              [`mapping.${field}`]: 'no such column',
            });
        }
        const result = importRows(ctx, table, rows, mapping);
        if (result.errors.length > 0) {
          const fields = Object.fromEntries(result.errors.slice(0, 100).map((e) => [`row ${e.row}, ${e.column}`, e.message]));
          const first = result.errors[0]!;
          throw new CadenceError(
            'invalid_input',
            `Nothing was imported. Row ${first.row}, column "${first.column}": ${first.message}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''}`,
            fields,
          );
        }
        return { imported: result.imported };
      }),
  }),
};
