// A client's open balance is the same on every screen that shows it: the clients list,
// Today and the client page read it through one domain rule, on a real database.
import { describe, expect, it } from 'vitest';
import { memoryCore, ok } from './helpers.ts';

const line = (amountMinor: number) => ({
  kind: 'fee',
  description: 'Coaching',
  amountMinor,
  agreementId: null,
  periodStart: null,
  minutes: null,
});
const client = (id: string, name: string) => ({
  id,
  name,
  email: null,
  phone: null,
  company: null,
  timeZone: 'Europe/Berlin',
  status: 'active',
  notes: '',
});

// Ada has one invoice overpaid by 10.00 (imported: the app refuses a payment above the
// balance) and another with 2,700.00 open; Ben has 50.00 open in another currency.
const workspace = {
  format: 'cadence-workspace',
  version: 1,
  exportedAt: '2026-03-01T10:00:00Z',
  settings: {
    businessName: 'Harbour Lane Coaching',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    lateCancelHours: 24,
    paymentTermsDays: 14,
    annualRetention: 0.7,
    winProbability: 0.5,
  },
  clients: [client('c1', 'Ada Byrne'), client('c2', 'Ben Ortiz')],
  agreements: [],
  sessions: [],
  workLogs: [],
  invoices: [
    {
      id: 'i1',
      number: 'INV-2026-0001',
      clientId: 'c1',
      currency: 'EUR',
      issueDate: '2026-01-10',
      dueDate: '2026-01-24',
      status: 'paid',
      lines: [line(100000)],
    },
    {
      id: 'i2',
      number: 'INV-2026-0002',
      clientId: 'c1',
      currency: 'EUR',
      issueDate: '2026-02-10',
      dueDate: '2026-02-24',
      status: 'issued',
      lines: [line(270000)],
    },
    {
      id: 'i3',
      number: 'INV-2026-0003',
      clientId: 'c2',
      currency: 'USD',
      issueDate: '2026-02-20',
      dueDate: '2026-03-06',
      status: 'issued',
      lines: [line(5000)],
    },
  ],
  payments: [{ id: 'p1', invoiceId: 'i1', date: '2026-01-20', amountMinor: 101000, method: 'bank_transfer' }],
};

describe('open balances with an overpaid invoice', () => {
  it('are the same on the clients list, Today and the client page: the overpayment lowers no other invoice', async () => {
    const core = await memoryCore(); // 2026-03-01
    await ok(core, 'data.import', { file: workspace });
    const ada = [{ currency: 'EUR', amountMinor: 270000 }];
    const ben = [{ currency: 'USD', amountMinor: 5000 }];

    const list = await ok(core, 'clients.list', {});
    expect(list.map((row) => [row.id, row.balances])).toEqual([
      ['c1', ada],
      ['c2', ben],
    ]);
    expect((await ok(core, 'clients.list', { balance: 'open' })).map((row) => row.id)).toEqual(['c1', 'c2']);

    const { openBalances, overdueInvoices } = await ok(core, 'today.summary', {});
    expect(openBalances).toEqual({
      clients: 2,
      totals: [
        { currency: 'EUR', amountMinor: 270000 },
        { currency: 'USD', amountMinor: 5000 },
      ],
      largest: [
        { clientId: 'c1', clientName: 'Ada Byrne', balances: ada },
        { clientId: 'c2', clientName: 'Ben Ortiz', balances: ben },
      ],
    });
    // Due 2026-02-24, so overdue; the overpaid one is paid and Ben's is due 2026-03-06.
    expect(overdueInvoices.map((i) => [i.invoiceId, i.balanceMinor, i.daysOverdue])).toEqual([['i2', 270000, 5]]);

    expect((await ok(core, 'clients.get', { id: 'c1' })).balances).toEqual(ada);
    expect((await ok(core, 'clients.get', { id: 'c2' })).balances).toEqual(ben);

    // The overpaid invoice itself: paid, nothing due (never a negative balance), not open.
    expect(await ok(core, 'invoices.get', { id: 'i1' })).toMatchObject({
      status: 'paid',
      paidMinor: 101000,
      balanceMinor: 0,
      overdue: false,
    });
    expect((await ok(core, 'invoices.list', { status: 'open' })).map((i) => i.id)).toEqual(['i3', 'i2']);
    expect((await ok(core, 'invoices.list', { status: 'overdue' })).map((i) => i.id)).toEqual(['i2']);
  });
});
