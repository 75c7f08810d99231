import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../src/api/core.ts';
import { generateLargeWorkspace } from '../../src/demo/large.ts';
import { listInvoices, readInvoices } from '../../src/store/invoices.ts';
import { openStore } from '../../src/store/open.ts';
import { qb } from '../../src/store/sql.ts';
import { memoryCore, ok, tempDir } from './helpers.ts';

// A small practice on 2026-03-05: a monthly work retainer from 2026-01-01 (with overage in
// February), a value engagement and hourly project work in another currency.
async function practice(): Promise<{ core: Core; ids: Record<string, string> }> {
  const core = await memoryCore(new Date('2026-03-05T10:00:00Z'));
  await ok(core, 'settings.update', {
    businessName: 'Harbour Lane Coaching',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    paymentTermsDays: 14,
  });
  const ada = await ok(core, 'clients.create', { name: 'Ada Byrne' });
  const ben = await ok(core, 'clients.create', { name: 'Ben Ortiz' });
  const work = await ok(core, 'agreements.create', {
    clientId: ada.id,
    kind: 'work',
    title: 'Retainer',
    feeMinor: 150000,
    startDate: '2026-01-01',
    includedMinutes: 60,
    rolloverCapMinutes: 0,
    overageRateMinorPerHour: 12000,
    slot: { weekday: 2, time: '10:00', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 1 },
  });
  await ok(core, 'agreements.sign', { id: work.agreement.id, signedBy: 'Ada', method: 'paper' });
  const value = await ok(core, 'agreements.create', {
    clientId: ada.id,
    kind: 'value',
    title: 'Offsite',
    feeMinor: 400000,
    agreedValueMinor: 4000000,
    startDate: '2026-02-01',
    termMonths: 4,
    slot: { weekday: 4, time: '15:00', timeZone: 'Europe/Berlin', durationMinutes: 60, intervalWeeks: 2 },
  });
  await ok(core, 'agreements.sign', { id: value.agreement.id, signedBy: 'Ada', method: 'paper' });
  const project = await ok(core, 'agreements.create', {
    clientId: ben.id,
    kind: 'project',
    title: 'Hourly',
    currency: 'USD',
    hourlyRateMinor: 9000,
    startDate: '2026-01-01',
  });
  await ok(core, 'agreements.sign', { id: project.agreement.id, signedBy: 'Ben', method: 'paper' });
  // February for the retainer: 45 + 45 + 30 minutes of work logs = 120, 60 over the 60 included.
  await ok(core, 'sessions.log', { agreementId: work.agreement.id, occurrenceStart: '2026-02-03T09:00:00Z', actualMinutes: 45 });
  await ok(core, 'sessions.log', { agreementId: work.agreement.id, occurrenceStart: '2026-02-10T09:00:00Z', actualMinutes: 45 });
  await ok(core, 'workLogs.create', { agreementId: work.agreement.id, date: '2026-02-20', minutes: 30 });
  // February project work: 100 minutes.
  await ok(core, 'workLogs.create', { agreementId: project.agreement.id, date: '2026-02-11', minutes: 100 });
  return { core, ids: { ada: ada.id, ben: ben.id, work: work.agreement.id, value: value.agreement.id, project: project.agreement.id } };
}

describe('invoices', () => {
  it('generates one invoice per client and currency with every due line, and never the same line twice', async () => {
    const { core } = await practice();
    const { created } = await ok(core, 'invoices.generate', { upTo: '2026-03-05' });
    expect(created.map((i) => [i.currency, i.status, i.dueDate]).sort()).toEqual([
      ['EUR', 'draft', '2026-03-19'],
      ['USD', 'draft', '2026-03-19'],
    ]);
    expect(created.map((i) => i.number).sort()).toEqual(['INV-2026-0001', 'INV-2026-0002']);
    const eur = created.find((i) => i.currency === 'EUR')!;
    expect(eur.lines.map((l) => [l.kind, l.periodStart, l.amountMinor, l.minutes])).toEqual([
      ['fee', '2026-01-01', 150000, null],
      ['fee', '2026-02-01', 150000, null],
      ['installment', '2026-02-01', 200000, null],
      ['overage', '2026-02-01', 12000, 60], // 60 minutes at 120.00 an hour
      ['fee', '2026-03-01', 150000, null],
    ]);
    const usd = created.find((i) => i.currency === 'USD')!;
    // 100 minutes at 90.00 an hour = 150.00.
    expect(usd.lines.map((l) => [l.kind, l.periodStart, l.amountMinor, l.minutes])).toEqual([['project', '2026-02-01', 15000, 100]]);
    expect((await ok(core, 'invoices.generate', { upTo: '2026-03-05' })).created).toEqual([]);
    expect(await ok(core, 'invoices.preview', { upTo: '2026-03-05' })).toEqual([]);
  });

  it('issues, takes partial and full payments, and is paid exactly when covered', async () => {
    const { core, ids } = await practice();
    const { created } = await ok(core, 'invoices.generate', { upTo: '2026-03-05' });
    const invoice = created.find((i) => i.clientId === ids.ben)!;
    expect(
      await core.call('payments.record', { invoiceId: invoice.id, date: '2026-03-06', amountMinor: 100, method: 'card' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(core, 'invoices.issue', { id: invoice.id });
    const partial = await ok(core, 'payments.record', {
      invoiceId: invoice.id,
      date: '2026-03-06',
      amountMinor: 5000,
      method: 'bank_transfer',
    });
    expect(partial).toMatchObject({ status: 'issued', paidMinor: 5000, balanceMinor: 10000 });
    const tooMuch = await core.call('payments.record', { invoiceId: invoice.id, date: '2026-03-07', amountMinor: 10001, method: 'card' });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { amountMinor: expect.any(String) } } });
    const paid = await ok(core, 'payments.record', { invoiceId: invoice.id, date: '2026-03-08', amountMinor: 10000, method: 'card' });
    expect(paid).toMatchObject({ status: 'paid', balanceMinor: 0 });
    expect((await ok(core, 'clients.list', {})).find((c) => c.id === ids.ben)!.balances).toEqual([]);
  });

  it('voids without reusing the number, lets the lines be billed again, and flags overdue', async () => {
    const { core, ids } = await practice();
    const { created } = await ok(core, 'invoices.generate', { upTo: '2026-03-05', issueDate: '2026-02-01' });
    const usd = created.find((i) => i.clientId === ids.ben)!;
    await ok(core, 'invoices.issue', { id: usd.id });
    expect((await ok(core, 'invoices.list', { status: 'overdue' })).map((i) => i.id)).toEqual([usd.id]); // due 2026-02-15
    await ok(core, 'invoices.void', { id: usd.id });
    expect(await ok(core, 'invoices.list', { status: 'overdue' })).toEqual([]);
    const again = await ok(core, 'invoices.generate', { upTo: '2026-03-05' });
    expect(again.created.map((i) => i.number)).toEqual(['INV-2026-0003']);
    expect((await ok(core, 'invoices.get', { id: usd.id })).number).toBe('INV-2026-0002');
  });

  it('lists as overdue and open what the full list shows: due before today, not on it, with what is left unpaid', async () => {
    const { core, ids: practiceIds } = await practice(); // today is 2026-03-05
    const ids = { ada: practiceIds.ada!, ben: practiceIds.ben! };
    // January's lines due yesterday (issued 2026-02-18 + 14 days), the rest due today.
    const early = await ok(core, 'invoices.generate', { upTo: '2026-01-31', issueDate: '2026-02-18' });
    const late = await ok(core, 'invoices.generate', { upTo: '2026-03-05', issueDate: '2026-02-19' });
    for (const invoice of [...early.created, ...late.created]) await ok(core, 'invoices.issue', { id: invoice.id });
    const dueYesterday = early.created.find((i) => i.clientId === ids.ada)!;
    expect(dueYesterday.dueDate).toBe('2026-03-04');
    expect(late.created.every((i) => i.dueDate === '2026-03-05')).toBe(true);
    const flagged = async () => (await ok(core, 'invoices.list', {})).filter((i) => i.overdue);
    const balanceOf = async (clientId: string) =>
      (await ok(core, 'clients.list', { status: 'all' })).find((c) => c.id === clientId)!.balances;
    const owedBy = async (clientId: string) =>
      (await ok(core, 'invoices.list', { clientId })).filter((i) => i.status === 'issued').reduce((sum, i) => sum + i.balanceMinor, 0);

    expect(await ok(core, 'invoices.list', { status: 'overdue' })).toEqual(await flagged());
    const issuedUnpaid = async () => (await ok(core, 'invoices.list', {})).filter((i) => i.status === 'issued');
    expect(await ok(core, 'invoices.list', { status: 'open' })).toEqual(await issuedUnpaid());
    expect((await ok(core, 'invoices.list', { status: 'overdue' })).map((i) => [i.id, i.balanceMinor])).toEqual([
      [dueYesterday.id, dueYesterday.totalMinor],
    ]);
    expect(await balanceOf(ids.ada)).toEqual([{ currency: 'EUR', amountMinor: await owedBy(ids.ada) }]);

    // Partly paid: still overdue, for what is left; the client's balance follows at once.
    await ok(core, 'payments.record', { invoiceId: dueYesterday.id, date: '2026-03-05', amountMinor: 100, method: 'card' });
    const [partly] = await ok(core, 'invoices.list', { status: 'overdue' });
    expect(partly).toMatchObject({
      id: dueYesterday.id,
      paidMinor: 100,
      balanceMinor: dueYesterday.totalMinor - 100,
      clientName: 'Ada Byrne',
      overdue: true,
    });
    expect(await ok(core, 'invoices.list', { status: 'overdue', clientId: ids.ada })).toEqual([partly]);
    expect(await ok(core, 'invoices.list', { status: 'overdue', clientId: ids.ben })).toEqual([]);
    expect(await balanceOf(ids.ada)).toEqual([{ currency: 'EUR', amountMinor: await owedBy(ids.ada) }]);

    // Paid in full: no longer overdue nor owed.
    await ok(core, 'payments.record', {
      invoiceId: dueYesterday.id,
      date: '2026-03-05',
      amountMinor: dueYesterday.totalMinor - 100,
      method: 'card',
    });
    expect(await ok(core, 'invoices.list', { status: 'overdue' })).toEqual([]);
    expect(await ok(core, 'invoices.list', { status: 'open' })).toEqual(await issuedUnpaid());
    expect(await balanceOf(ids.ada)).toEqual([{ currency: 'EUR', amountMinor: await owedBy(ids.ada) }]);

    // A day later the invoices due today are overdue too, newest first as in the full list.
    const tomorrow = createCore(await core.ready, { now: () => new Date('2026-03-06T10:00:00Z'), log: () => undefined });
    expect((await ok(tomorrow, 'invoices.list', { status: 'overdue' })).map((i) => i.id).sort()).toEqual(
      late.created.map((i) => i.id).sort(),
    );
    expect(await ok(tomorrow, 'invoices.list', { status: 'overdue' })).toEqual(
      (await ok(tomorrow, 'invoices.list', {})).filter((i) => i.overdue),
    );
  });

  it('exports an invoice PDF with its lines and balance', async () => {
    const { core, ids } = await practice();
    const { created } = await ok(core, 'invoices.generate', { upTo: '2026-03-05' });
    const invoice = created.find((i) => i.clientId === ids.ada)!;
    expect(invoice.number).toMatch(/^INV-2026-000[12]$/);
    const pdf = await ok(core, 'invoices.pdf', { id: invoice.id });
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Invoice ${invoice.number}`);
    expect(text).toContain('Ada Byrne');
    expect(text).toMatch(/Balance due\s+€6,620\.00/);
    execFileSync('qpdf', ['--check', file]);
  });
});

describe('reading many invoices at once', () => {
  it('gives each invoice its own lines, payments and totals, in the order asked, past one statement’s worth', async () => {
    const file = generateLargeWorkspace({ clients: 40, agreements: 80, sessions: 200, invoices: 1300, seed: 7 });
    const store = await openStore(':memory:');
    const core = createCore(store, { now: () => new Date('2026-03-01T10:00:00Z'), log: () => undefined });
    await ok(core, 'data.import', { file });
    const listed = listInvoices(store.sql);
    expect(listed.length).toBeGreaterThan(1000);
    // Shuffled, with an id that does not exist: it is left out and the order is kept.
    const ids = [
      ...listed
        .map((i) => i.id)
        .reverse()
        .slice(0, 700),
      'no-such-invoice',
      ...listed.map((i) => i.id).slice(0, 600),
    ];
    const read = readInvoices(store.sql, ids);
    expect(read.map((i) => i.id)).toEqual(ids.filter((id) => id !== 'no-such-invoice'));
    const byId = new Map(listed.map((i) => [i.id, i]));
    const lineCounts = new Map(
      store.sql
        .all(
          qb
            .selectFrom('invoice_lines')
            .select(['invoice_id', (eb) => eb.fn.countAll<number>().as('n')])
            .groupBy('invoice_id'),
        )
        .map((r) => [r.invoice_id, r.n]),
    );
    const paymentSums = new Map(
      store.sql
        .all(
          qb
            .selectFrom('payments')
            .select(['invoice_id', (eb) => eb.fn.sum<number>('amount_minor').as('s')])
            .groupBy('invoice_id'),
        )
        .map((r) => [r.invoice_id, r.s]),
    );
    for (const invoice of read) {
      const summary = byId.get(invoice.id)!;
      expect({ number: invoice.number, status: invoice.status, total: invoice.totalMinor, paid: invoice.paidMinor }).toEqual({
        number: summary.number,
        status: summary.status,
        total: summary.totalMinor,
        paid: summary.paidMinor,
      });
      expect(invoice.lines).toHaveLength(lineCounts.get(invoice.id) ?? 0);
      expect(invoice.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(invoice.totalMinor);
      expect(invoice.payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(paymentSums.get(invoice.id) ?? 0);
      expect(invoice.payments.every((p) => p.invoiceId === invoice.id)).toBe(true);
    }
  });
});
