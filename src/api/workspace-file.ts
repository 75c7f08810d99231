// The workspace file, version 1 (docs/architecture.md, "The workspace file"): the envelope around the records of
// domain/model.ts, and the checks that span records. Strict: unknown keys are errors, every
// error names its JSON path, and cross-references are checked before anything is written.
import { z } from 'zod';
import { agreementProblems, type PathErrors } from '../domain/agreement-rules.ts';
import { utcInstant } from '../domain/fields.ts';
import { invoiceStatus, invoiceTotalMinor } from '../domain/invoices.ts';
import { type Workspace, workspaceSchema } from '../domain/model.ts';
import { zodPath } from './contract.ts';

export const workspaceFileSchema = z.strictObject({
  format: z.literal('cadence-workspace', { error: 'must be "cadence-workspace"' }),
  version: z.literal(1, { error: 'must be 1 (this Cadence reads version 1 files)' }),
  exportedAt: utcInstant,
  ...workspaceSchema.shape,
});

export type WorkspaceFile = z.output<typeof workspaceFileSchema>;

/** A workspace wrapped in the version 1 envelope, ready to be written out. */
export function workspaceFile(workspace: Workspace, exportedAt: string): WorkspaceFile {
  return { format: 'cadence-workspace', version: 1, exportedAt, ...workspace };
}

/** Shape errors with their JSON path. */
export function parseWorkspaceFile(raw: unknown): { ok: true; file: WorkspaceFile } | { ok: false; errors: PathErrors } {
  const parsed = workspaceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: PathErrors = {};
    for (const issue of parsed.error.issues) {
      const path = zodPath(issue.path) || '(file)';
      if (!(path in errors)) errors[path] = issue.message;
      if (Object.keys(errors).length >= 100) break;
    }
    return { ok: false, errors };
  }
  const errors = crossCheck(parsed.data);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data };
}

/** References, uniqueness and the rules that span fields or records. */
function crossCheck(file: WorkspaceFile): PathErrors {
  const errors: PathErrors = {};
  const add = (path: string, message: string) => {
    if (!(path in errors) && Object.keys(errors).length < 100) errors[path] = message;
  };
  const uniqueIds = <T extends { id: string }>(list: T[], name: string) => {
    const seen = new Map<string, T>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) add(`${name}[${index}].id`, `"${item.id}" is used twice`);
      else seen.set(item.id, item);
    });
    return seen;
  };
  const clients = uniqueIds(file.clients, 'clients');
  const agreements = uniqueIds(file.agreements, 'agreements');
  uniqueIds(file.sessions, 'sessions');
  uniqueIds(file.workLogs, 'workLogs');
  const invoices = uniqueIds(file.invoices, 'invoices');
  uniqueIds(file.payments, 'payments');

  file.agreements.forEach((a, index) => {
    if (!clients.has(a.clientId)) add(`agreements[${index}].clientId`, `no client has the id "${a.clientId}"`);
    for (const [path, message] of Object.entries(agreementProblems(a))) add(`agreements[${index}].${path}`, message);
  });

  const occurrences = new Set<string>();
  file.sessions.forEach((s, index) => {
    const at = `sessions[${index}]`;
    if (!clients.has(s.clientId)) add(`${at}.clientId`, `no client has the id "${s.clientId}"`);
    if (s.agreementId !== null) {
      const agreement = agreements.get(s.agreementId);
      if (!agreement) add(`${at}.agreementId`, `no agreement has the id "${s.agreementId}"`);
      else if (agreement.clientId !== s.clientId)
        add(`${at}.agreementId`, `belongs to client "${agreement.clientId}", not "${s.clientId}"`);
      if (s.occurrenceStart !== null) {
        const key = `${s.agreementId}|${s.occurrenceStart}`;
        if (occurrences.has(key)) add(`${at}.occurrenceStart`, 'another session already comes from this occurrence');
        occurrences.add(key);
      }
    }
    if (s.status === 'cancelled') {
      if (s.cancelledAt === null) add(`${at}.cancelledAt`, 'is required for a cancelled session');
      if (s.cancelledBy === null) add(`${at}.cancelledBy`, 'is required for a cancelled session');
    } else {
      if (s.cancelledAt !== null) add(`${at}.cancelledAt`, 'must be null unless the session is cancelled');
      if (s.cancelledBy !== null) add(`${at}.cancelledBy`, 'must be null unless the session is cancelled');
    }
  });

  file.workLogs.forEach((w, index) => {
    if (!agreements.has(w.agreementId)) add(`workLogs[${index}].agreementId`, `no agreement has the id "${w.agreementId}"`);
  });

  const numbers = new Set<string>();
  file.invoices.forEach((invoice, index) => {
    const at = `invoices[${index}]`;
    if (!clients.has(invoice.clientId)) add(`${at}.clientId`, `no client has the id "${invoice.clientId}"`);
    if (numbers.has(invoice.number)) add(`${at}.number`, `"${invoice.number}" is used twice`);
    numbers.add(invoice.number);
    if (invoice.number.slice(4, 8) !== invoice.issueDate.slice(0, 4)) add(`${at}.number`, 'must carry the year of the issue date');
    if (invoice.dueDate < invoice.issueDate) add(`${at}.dueDate`, 'must not be before the issue date');
    invoice.lines.forEach((line, lineIndex) => {
      if (line.agreementId === null) return;
      const agreement = agreements.get(line.agreementId);
      if (!agreement) add(`${at}.lines[${lineIndex}].agreementId`, `no agreement has the id "${line.agreementId}"`);
      else if (agreement.currency !== invoice.currency)
        add(`${at}.lines[${lineIndex}].agreementId`, `is in ${agreement.currency}, the invoice in ${invoice.currency}`);
    });
  });

  const paidMinor = new Map<string, number>();
  file.payments.forEach((p, index) => {
    if (!invoices.has(p.invoiceId)) add(`payments[${index}].invoiceId`, `no invoice has the id "${p.invoiceId}"`);
    paidMinor.set(p.invoiceId, (paidMinor.get(p.invoiceId) ?? 0) + p.amountMinor);
  });
  // `paid` is derived: an invoice is paid exactly when its payments cover its total.
  file.invoices.forEach((invoice, index) => {
    if (invoice.status !== 'paid') return;
    const total = invoiceTotalMinor(invoice.lines);
    const paid = paidMinor.get(invoice.id) ?? 0;
    if (invoiceStatus('issued', total, paid) !== 'paid')
      add(`invoices[${index}].status`, `is "paid" but its payments cover ${paid} of ${total}`);
  });
  return errors;
}
