// A small, hand-made practice as a workspace file (the format Export writes), for tests and
// screenshots that need agreements, sessions and invoices without the demo generator.
// `extraClients` pads it with plain clients to exercise long lists.

import { addDays } from '../../../src/domain/dates.ts';

interface Options {
  /** The day the practice is built around (YYYY-MM-DD); dates are relative to it. */
  today?: string;
  extraClients?: number;
}

const NAMES = [
  ['Amélie Laurent', 'Laurent Studio', 'Europe/Paris'],
  ['Jonas Becker', 'Becker & Sohn GmbH', 'Europe/Berlin'],
  ['Priya Raman', 'Northwind Analytics', 'Asia/Kolkata'],
  ['Marcus Olsen', null, 'Europe/Oslo'],
  ['Sofia Martínez', 'Clara Foods', 'Europe/Madrid'],
  ['Daniel Kim', 'Kim Ventures', 'America/New_York'],
  ['Hannah Wright', 'Wright Architecture', 'Europe/London'],
  ['Tomás Novák', null, 'Europe/Prague'],
] as const;

export function practiceWorkspace({ today = new Date().toISOString().slice(0, 10), extraClients = 0 }: Options = {}) {
  interface Client {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    company: string | null;
    timeZone: string;
    status: 'active' | 'prospect' | 'archived';
    notes: string;
  }
  const clients: Client[] = NAMES.map(([name, company, timeZone], index) => ({
    id: `c${index + 1}`,
    name,
    email: `${name
      .split(' ')[0]!
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}@example.com`,
    phone: index % 2 === 0 ? `+49 30 5550 ${100 + index}` : null,
    company,
    timeZone,
    status: index === 6 ? 'prospect' : index === 7 ? 'archived' : 'active',
    notes: index === 0 ? 'Wants to grow the studio without working weekends.\nNext: pricing review in January.' : '',
  }));
  for (let i = 0; i < extraClients; i++) {
    clients.push({
      id: `x${i}`,
      name: `Client ${String(i + 1).padStart(4, '0')}`,
      email: null,
      phone: null,
      company: i % 3 === 0 ? `Company ${i % 50}` : null,
      timeZone: 'Europe/Berlin',
      status: i % 10 === 0 ? 'prospect' : 'active',
      notes: '',
    });
  }

  const agreement = (
    id: string,
    clientId: string,
    kind: 'work' | 'access' | 'project',
    title: string,
    feeMinor: number,
    startDate: string,
  ) => ({
    id,
    clientId,
    kind,
    status: 'active' as const,
    title,
    currency: 'EUR',
    startDate,
    termMonths: 12,
    autoRenew: true,
    noticeDays: 30,
    periodMonths: 1 as const,
    feeMinor,
    includedMinutes: kind === 'work' ? 240 : null,
    rolloverCapMinutes: null,
    overageRateMinorPerHour: kind === 'work' ? 15000 : null,
    overageIncrementMinutes: kind === 'work' ? 15 : null,
    fairUseMinutes: null,
    hourlyRateMinor: kind === 'project' ? 14000 : null,
    agreedValueMinor: null,
    installments: [],
    renewalProbability: null,
    slot: null,
    pauses: [],
    cancellation: null,
    sentAt: null,
    signedAt: null,
  });
  const agreements = [
    agreement('a1', 'c1', 'work', 'Leadership coaching', 120000, addDays(today, -330)),
    agreement('a2', 'c2', 'access', 'Advisory retainer', 250000, addDays(today, -270)),
    agreement('a3', 'c3', 'project', 'Pricing project', 0, addDays(today, -180)),
    agreement('a4', 'c5', 'work', 'Founder coaching', 90000, addDays(today, -300)),
  ];

  const sessions = [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `s${n}`,
    clientId: 'c1',
    agreementId: 'a1',
    start: `${addDays(today, -30 * (7 - n))}T08:00:00Z`,
    plannedMinutes: 60,
    actualMinutes: n === 6 ? null : 60 + (n % 2) * 15,
    status: n === 6 ? ('no_show' as const) : ('completed' as const),
    kind: n === 3 ? ('extended' as const) : ('session' as const),
    occurrenceStart: null,
    cancelledAt: null,
    cancelledBy: null,
    notes: n === 5 ? 'Talked through the hiring plan.' : '',
  }));

  const invoice = (
    id: string,
    number: string,
    clientId: string,
    issueDate: string,
    dueDate: string,
    amountMinor: number,
    agreementId: string,
  ) => ({
    id,
    number,
    clientId,
    currency: 'EUR',
    issueDate,
    dueDate,
    status: 'issued' as const,
    lines: [{ kind: 'fee' as const, description: 'Monthly fee', amountMinor, agreementId, periodStart: issueDate, minutes: null }],
  });
  // One paid invoice, and two open ones that are two weeks overdue.
  const number = (issueDate: string, n: number) => `INV-${issueDate.slice(0, 4)}-${String(n).padStart(4, '0')}`;
  const paidIssue = addDays(today, -58);
  const openIssue = addDays(today, -28);
  const invoices = [
    invoice('i1', number(paidIssue, 1), 'c1', paidIssue, addDays(paidIssue, 14), 120000, 'a1'),
    invoice('i2', number(openIssue, 2), 'c1', openIssue, addDays(openIssue, 14), 120000, 'a1'),
    invoice('i3', number(openIssue, 3), 'c2', openIssue, addDays(openIssue, 14), 250000, 'a2'),
  ];
  const payments = [{ id: 'p1', invoiceId: 'i1', date: addDays(paidIssue, 10), amountMinor: 120000, method: 'bank_transfer' as const }];

  return {
    format: 'cadence-workspace',
    version: 1,
    exportedAt: `${today}T09:00:00Z`,
    settings: {
      businessName: 'Northwind Coaching',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      lateCancelHours: 24,
      paymentTermsDays: 14,
      annualRetention: 0.75,
      winProbability: 0.5,
    },
    clients,
    agreements,
    sessions,
    workLogs: [],
    invoices,
    payments,
  };
}
