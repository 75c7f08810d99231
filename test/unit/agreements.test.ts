import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/api/core.ts';
import type { WorkspaceFile } from '../../src/api/workspace-file.ts';
import { generateDemoWorkspace } from '../../src/demo/generate.ts';
import { memoryCore, ok, readExample, tempDir } from './helpers.ts';

async function withClient(name = 'Ada Byrne'): Promise<{ core: Core; clientId: string }> {
  const core = await memoryCore(new Date('2026-03-01T10:00:00Z'));
  await ok(core, 'settings.update', { businessName: 'Northbank Coaching', currency: 'GBP', timeZone: 'Europe/London' });
  const client = await ok(core, 'clients.create', { name });
  return { core, clientId: client.id };
}

async function fields(core: Core, name: string, input: unknown): Promise<string[]> {
  const result = await core.call(name, input);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid_input');
  return Object.keys(result.error.fields ?? {});
}

describe('agreements', () => {
  it('creates each kind with its defaults and the settings currency', async () => {
    const { core, clientId } = await withClient();
    const work = await ok(core, 'agreements.create', { clientId, kind: 'work', feeMinor: 150000 });
    expect(work.agreement).toMatchObject({
      kind: 'work',
      status: 'draft',
      currency: 'GBP',
      startDate: '2026-03-01',
      periodMonths: 1,
      noticeDays: 30,
      includedMinutes: 180,
      overageIncrementMinutes: 15,
      slot: { durationMinutes: 45, intervalWeeks: 1, timeZone: 'Europe/London' },
    });
    expect(work.templateId).toBe('builtin-work');
    const value = await ok(core, 'agreements.create', { clientId, kind: 'value', feeMinor: 500001 });
    // Half rounded up on the start date, the rest at start + max(1, floor(6 / 2)) months.
    expect(value.agreement.installments).toEqual([
      { dueDate: '2026-03-01', amountMinor: 250001 },
      { dueDate: '2026-06-01', amountMinor: 250000 },
    ]);
    const project = await ok(core, 'agreements.create', { clientId, kind: 'project', hourlyRateMinor: 12000 });
    expect(project.agreement).toMatchObject({ termMonths: null, slot: null, hourlyRateMinor: 12000 });
    const access = await ok(core, 'agreements.create', { clientId, kind: 'access', feeMinor: 90000, periodMonths: 3 });
    expect(access.agreement).toMatchObject({ includedMinutes: null, periodMonths: 3, termMonths: 6 });
    const list = await ok(core, 'agreements.list', { clientId });
    expect(list.map((a) => a.kind).sort()).toEqual(['access', 'project', 'value', 'work']);
  });

  it('names the field of every rule it refuses, and saves nothing', async () => {
    const { core, clientId } = await withClient();
    expect(await fields(core, 'agreements.create', { clientId, kind: 'work', includedMinutes: null })).toContain('includedMinutes');
    expect(
      await fields(core, 'agreements.create', {
        clientId,
        kind: 'value',
        feeMinor: 1000,
        installments: [{ dueDate: '2026-03-01', amountMinor: 10 }],
      }),
    ).toContain('installments');
    expect(await fields(core, 'agreements.create', { clientId, kind: 'work', currency: 'ABC' })).toContain('currency');
    expect(
      await fields(core, 'agreements.create', {
        clientId,
        kind: 'work',
        slot: { weekday: 9, time: '10:00', timeZone: 'Europe/London', durationMinutes: 45, intervalWeeks: 1 },
      }),
    ).toContain('slot.weekday');
    expect(
      await fields(core, 'agreements.create', {
        clientId,
        kind: 'work',
        slot: { weekday: 2, time: '9am', timeZone: 'Europe/London', durationMinutes: 45, intervalWeeks: 1 },
      }),
    ).toContain('slot.time');
    expect(
      await fields(core, 'agreements.create', {
        clientId,
        kind: 'work',
        slot: { weekday: 2, time: '09:00', timeZone: 'Moon/Base', durationMinutes: 45, intervalWeeks: 1 },
      }),
    ).toContain('slot.timeZone');
    expect(await fields(core, 'agreements.create', { clientId, kind: 'work', termMonths: 4, periodMonths: 3 })).toContain('termMonths');
    expect(await fields(core, 'agreements.create', { clientId, kind: 'work', feeMinor: 99.5 })).toContain('feeMinor');
    expect(await fields(core, 'agreements.create', { clientId, kind: 'project', hourlyRateMinor: null })).toContain('hourlyRateMinor');
    expect(await core.call('agreements.create', { clientId: 'nobody', kind: 'work' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await ok(core, 'agreements.list', {})).toEqual([]);
  });

  it('edits drafts only, flags unknown and empty merge fields, and blocks sending on them', async () => {
    const { core, clientId } = await withClient();
    const { agreement, clauses } = await ok(core, 'agreements.create', {
      clientId,
      kind: 'work',
      feeMinor: 150000,
      overageRateMinorPerHour: 9000,
    });
    expect((await ok(core, 'agreements.get', { id: agreement.id })).problems).toEqual([]);
    const withBadField = [...clauses, { id: 'extra', title: 'Extra', body: 'Call me on {{client.phone}} or {{nonsense.field}}.' }];
    const updated = await ok(core, 'agreements.update', { id: agreement.id, clauses: withBadField });
    expect(updated.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('{{client.phone}} is not a merge field'),
      expect.stringContaining('{{nonsense.field}} is not a merge field'),
    ]);
    const emptyField = [...clauses, { id: 'extra', title: 'Extra', body: 'Email {{client.email}}.' }];
    const withEmpty = await ok(core, 'agreements.update', { id: agreement.id, clauses: emptyField });
    expect(withEmpty.problems[0]?.message).toMatch(/client.email.*has no value/);
    const refused = await core.call('agreements.send', { id: agreement.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await ok(core, 'agreements.get', { id: agreement.id })).agreement.status).toBe('draft');
    await ok(core, 'agreements.update', { id: agreement.id, clauses });
    const sent = await ok(core, 'agreements.send', { id: agreement.id });
    expect(sent.agreement).toMatchObject({ status: 'sent', sentAt: '2026-03-01T10:00:00Z' });
    expect(await core.call('agreements.update', { id: agreement.id, feeMinor: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('renders merge fields with locale formatting in the preview, and never interprets HTML', async () => {
    const { core, clientId } = await withClient('<img src=x onerror=alert(1)>');
    const { agreement } = await ok(core, 'agreements.create', { clientId, kind: 'work', feeMinor: 150000, overageRateMinorPerHour: 9000 });
    const preview = await ok(core, 'agreements.preview', {
      id: agreement.id,
      feeMinor: 123456,
      clauses: [
        {
          id: 'p',
          title: 'Parties',
          body: '**{{client.name}}** pays {{agreement.fee}} on {{slot.weekday}}s from {{agreement.startDate}}.',
        },
      ],
    });
    const runs = (preview.clauses[0]!.blocks[0] as { runs: { text: string; bold: boolean }[] }).runs;
    expect(runs.map((r) => r.text).join('')).toBe('<img src=x onerror=alert(1)> pays £1,234.56 on Tuesdays from 1 March 2026.');
    expect(runs[0]).toMatchObject({ text: '<img src=x onerror=alert(1)>', bold: true });
    expect(preview.terms.find((t) => t.label === 'Fee')?.value).toBe('£1,234.56 per month, in advance');
    // The preview is not saved.
    expect((await ok(core, 'agreements.get', { id: agreement.id })).agreement.feeMinor).toBe(150000);
  });

  it('signing freezes version 1 with its hash; amending makes version 2 with a diff', async () => {
    const { core, clientId } = await withClient();
    const { agreement, clauses } = await ok(core, 'agreements.create', {
      clientId,
      kind: 'work',
      feeMinor: 150000,
      overageRateMinorPerHour: 9000,
    });
    await ok(core, 'agreements.send', { id: agreement.id });
    const signed = await ok(core, 'agreements.sign', { id: agreement.id, signedBy: 'Ada Byrne', method: 'typed' });
    expect(signed.agreement).toMatchObject({ status: 'active', signedAt: '2026-03-01T10:00:00Z' });
    expect(signed.versions).toHaveLength(1);
    expect(signed.versions[0]).toMatchObject({ version: 1, effectiveDate: '2026-03-01', signedBy: 'Ada Byrne', signedMethod: 'typed' });
    expect(signed.versions[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.document.acceptance).toMatchObject({ version: 1, signedBy: 'Ada Byrne' });

    const changed = clauses.map((c) => (c.id === 'confidentiality' ? { ...c, body: `${c.body} Notes are kept encrypted.` } : c));
    const amended = await ok(core, 'agreements.amend', {
      id: agreement.id,
      effectiveDate: '2026-04-01',
      signedBy: 'Ada Byrne',
      method: 'paper',
      feeMinor: 175000,
      clauses: changed,
    });
    expect(amended.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(amended.agreement.feeMinor).toBe(175000);
    expect(amended.versions[1]!.contentHash).not.toBe(amended.versions[0]!.contentHash);
    const diff = await ok(core, 'agreements.diff', { id: agreement.id, version: 2 });
    expect(diff.terms.find((t) => t.label === 'Fee')).toMatchObject({
      before: '£1,500.00 per month, in advance',
      after: '£1,750.00 per month, in advance',
      changed: true,
    });
    const confidentiality = diff.clauses.find((c) => c.id === 'confidentiality')!;
    expect(confidentiality.change).toBe('changed');
    expect(
      confidentiality.parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(''),
    ).toContain('encrypted');
    expect(diff.clauses.find((c) => c.id === 'parties')!.change).toBe('same');
    // Version 1 still reads as it was signed.
    const v1 = await ok(core, 'agreements.pdf', { id: agreement.id, version: 1 });
    expect(v1.fileName).toMatch(/v1\.pdf$/);
    expect(await core.call('agreements.update', { id: agreement.id, feeMinor: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('cancelling shows and records the effective date of the notice rules', async () => {
    const { core, clientId } = await withClient();
    // Starts 2026-01-31, 3-month terms: term 1 ends 2026-04-30 (deadline 2026-03-31 with 30 days' notice).
    const { agreement } = await ok(core, 'agreements.create', {
      clientId,
      kind: 'access',
      feeMinor: 90000,
      startDate: '2026-01-31',
      termMonths: 3,
    });
    await ok(core, 'agreements.sign', { id: agreement.id, signedBy: 'Ada', method: 'paper' });
    const preview = await ok(core, 'agreements.cancelPreview', { id: agreement.id });
    expect(preview).toMatchObject({ noticeGivenOn: '2026-03-01', effectiveDate: '2026-04-30', outlook: { noticeDeadline: '2026-03-31' } });
    const late = await ok(core, 'agreements.cancelPreview', { id: agreement.id, noticeGivenOn: '2026-04-01' });
    expect(late.effectiveDate).toBe('2026-07-31');
    const cancelled = await ok(core, 'agreements.cancel', { id: agreement.id });
    expect(cancelled.agreement.cancellation).toEqual({ noticeGivenOn: '2026-03-01', effectiveDate: '2026-04-30' });
    expect(cancelled.displayStatus).toBe('active'); // pending until the effective date
  });

  it('pauses whole periods and refuses overlaps', async () => {
    const { core, clientId } = await withClient();
    const { agreement, pauseOptions } = await ok(core, 'agreements.create', {
      clientId,
      kind: 'work',
      feeMinor: 1000,
      startDate: '2026-01-31',
    });
    expect(pauseOptions[0]).toEqual({ index: 1, start: '2026-02-28', end: '2026-03-30' });
    const paused = await ok(core, 'agreements.pause', { id: agreement.id, from: '2026-03-31', to: '2026-04-29' });
    expect(paused.agreement.pauses).toEqual([{ from: '2026-03-31', to: '2026-04-29' }]);
    expect(await core.call('agreements.pause', { id: agreement.id, from: '2026-04-15', to: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const removed = await ok(core, 'agreements.removePause', { id: agreement.id, from: '2026-03-31' });
    expect(removed.agreement.pauses).toEqual([]);
  });

  it('saves templates and clauses of the coach', async () => {
    const { core, clientId } = await withClient();
    const clause = await ok(core, 'clauses.save', { title: 'Travel', body: 'Travel is billed at cost.' });
    expect((await ok(core, 'clauses.library', {})).some((c) => c.id === clause.id && !c.builtIn)).toBe(true);
    const template = await ok(core, 'templates.save', {
      name: 'My retainer',
      kind: 'work',
      clauses: [{ id: 'travel', title: 'Travel', body: 'Travel is billed at cost.' }],
    });
    const created = await ok(core, 'agreements.create', { clientId, kind: 'work', templateId: template.id });
    expect(created.clauses.map((c) => c.id)).toEqual(['travel']);
    expect(await fields(core, 'agreements.create', { clientId, kind: 'access', templateId: template.id })).toContain('templateId');
    expect((await ok(core, 'templates.list', { kind: 'work' })).map((t) => t.name)).toEqual(['Pay-for-Work retainer', 'My retainer']);
  });

  it('exports a PDF whose text carries the names intact and passes qpdf', async () => {
    const { core, clientId } = await withClient('Zoë Łukasiewicz-Øster / Дмитрий Ψ');
    const { agreement } = await ok(core, 'agreements.create', { clientId, kind: 'work', feeMinor: 150000, overageRateMinorPerHour: 9000 });
    await ok(core, 'agreements.sign', { id: agreement.id, signedBy: 'Zoë Łukasiewicz-Øster', method: 'typed' });
    const pdf = await ok(core, 'agreements.pdf', { id: agreement.id });
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Zoë Łukasiewicz-Øster / Дмитрий Ψ');
    expect(text).toContain('Northbank Coaching');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Terms at a glance');
    expect(text).toContain('£1,500.00 per month');
    expect(text).toContain('Acceptance record');
    expect(text).toContain('Version 1');
    execFileSync('qpdf', ['--check', file]); // throws on a broken file
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Pay-for-Work retainer/);
    expect(info).toMatch(/Author:\s+Northbank Coaching/);
    // The same agreement gives the same bytes every time.
    const again = await ok(core, 'agreements.pdf', { id: agreement.id });
    expect(again.contentBase64).toBe(pdf.contentBase64);
  });
});

describe('today summary', () => {
  it('lists notice deadlines within 30 days and proposals waiting more than 14 days', async () => {
    const core = await memoryCore(new Date('2026-02-20T10:00:00Z'));
    await ok(core, 'data.import', { file: readExample() });
    // b1 (3-month terms from 2025-11-30) has its next deadline 2026-05-16; b2 (6-month terms from 2025-08-01) 2026-06-02.
    const now = await ok(core, 'today.summary', { asOf: '2026-02-20' });
    expect(now.noticeDeadlines).toEqual([]);
    const later = await ok(core, 'today.summary', { asOf: '2026-05-01' });
    expect(later.noticeDeadlines.map((d) => [d.agreementId, d.noticeDeadline, d.termEnd, d.daysLeft])).toEqual([
      ['b1', '2026-05-16', '2026-05-30', 15],
    ]);
    // b5 was sent on 2026-02-10: waiting 10 days on the 20th, 16 days on the 26th.
    expect(now.unsigned).toEqual([]);
    const waiting = await ok(core, 'today.summary', { asOf: '2026-02-26' });
    expect(waiting.unsigned.map((u) => [u.agreementId, u.daysWaiting])).toEqual([['b5', 16]]);
  });
});

describe('today summary: money and usage', () => {
  it('lists overdue invoices and retainers past 80 % of their allowance', async () => {
    const core = await memoryCore(new Date('2026-02-20T10:00:00Z'));
    await ok(core, 'data.import', { file: readExample() });
    const summary = await ok(core, 'today.summary', { asOf: '2026-02-20' });
    // b1's current period (Jan 30 – Feb 27): 140 of 240 minutes, 58 %: no warning yet.
    expect(summary.usageWarnings).toEqual([]);
    // 80 more minutes of work: 220 of 240 (92 %) warns at the 80 % level.
    await ok(core, 'workLogs.create', { agreementId: 'b1', date: '2026-02-21', minutes: 80 });
    const later = await ok(core, 'today.summary', { asOf: '2026-02-26' });
    expect(later.usageWarnings.map((w) => [w.agreementId, w.level])).toEqual([['b1', 80]]);
    const file = readExample() as WorkspaceFile;
    const paid = new Map<string, number>();
    for (const p of file.payments) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amountMinor);
    const overdue = file.invoices.filter(
      (i) => i.status === 'issued' && i.dueDate < '2026-02-20' && i.lines.reduce((s, l) => s + l.amountMinor, 0) > (paid.get(i.id) ?? 0),
    );
    expect(summary.overdueInvoices.map((i) => i.invoiceId).sort()).toEqual(overdue.map((i) => i.id).sort());
    // Oldest due first, then by number.
    const order = [...overdue].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
    expect(summary.overdueInvoices.map((i) => i.invoiceId)).toEqual(order.map((i) => i.id));
  });
});

describe('today summary: open balances', () => {
  it('adds up what each client owes on issued invoices, archived clients too, largest in the home currency first', async () => {
    const core = await memoryCore(new Date('2026-02-20T10:00:00Z'));
    // The demo practice: two dozen clients, several of them owing.
    const file = generateDemoWorkspace({ today: '2026-02-20' });
    await ok(core, 'data.import', { file });
    // Worked from the file: each issued invoice's lines less its payments, per client and currency.
    const paid = new Map<string, number>();
    for (const p of file.payments) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amountMinor);
    const owed = new Map<string, Map<string, number>>();
    for (const i of file.invoices.filter((invoice) => invoice.status === 'issued')) {
      const left = i.lines.reduce((s, l) => s + l.amountMinor, 0) - (paid.get(i.id) ?? 0);
      const byCurrency = owed.get(i.clientId) ?? new Map<string, number>();
      byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0) + left);
      owed.set(i.clientId, byCurrency);
    }
    const owing = [...owed].filter(([, byCurrency]) => [...byCurrency.values()].some((amount) => amount > 0));
    expect(owing.length).toBeGreaterThan(1);

    const { openBalances } = await ok(core, 'today.summary', { asOf: '2026-02-20' });
    expect(openBalances.clients).toBe(owing.length);
    const totals = new Map<string, number>();
    for (const [, byCurrency] of owing)
      for (const [currency, amount] of byCurrency) if (amount > 0) totals.set(currency, (totals.get(currency) ?? 0) + amount);
    expect(openBalances.totals).toEqual([...totals].sort().map(([currency, amountMinor]) => ({ currency, amountMinor })));
    const home = (balances: { currency: string; amountMinor: number }[]) =>
      balances.find((b) => b.currency === file.settings.currency)?.amountMinor ?? 0;
    expect(openBalances.largest.length).toBe(Math.min(6, owing.length));
    expect(openBalances.largest.map((row) => home(row.balances))).toEqual(
      owing
        .map(([, byCurrency]) => byCurrency.get(file.settings.currency) ?? 0)
        .filter((amount) => amount >= 0)
        .sort((a, b) => b - a)
        .slice(0, 6),
    );
    // The same figures as the clients list with open balances.
    const listed = await ok(core, 'clients.list', { status: 'all', balance: 'open' });
    for (const row of openBalances.largest) expect(row.balances).toEqual(listed.find((client) => client.id === row.clientId)?.balances);

    // Overdue invoices come oldest due first, then by number.
    const { overdueInvoices } = await ok(core, 'today.summary', { asOf: '2026-02-20' });
    expect(overdueInvoices.length).toBeGreaterThan(1);
    const dueOrder = overdueInvoices.map((i) => `${i.dueDate} ${i.number}`);
    expect(dueOrder).toEqual([...dueOrder].sort());

    // An archived client still owes: archiving changes nothing here.
    const first = openBalances.largest[0]!;
    await ok(core, 'clients.archive', { id: first.clientId });
    const after = await ok(core, 'today.summary', { asOf: '2026-02-20' });
    expect(after.openBalances).toEqual(openBalances);
  });
});
