// The demo practice: who the clients are and what each agreed to, written by hand so a new
// user meets every feature on a believable story (a client moved from hourly work onto a
// retainer, a pause over summer, a pending cancellation, a proposal waiting too long).
// Dates are relative to "today", so the demo looks current whenever it is created.

import { addDays, type CalendarDate } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import type { WorkspaceAgreement, WorkspaceClient } from '../domain/model.ts';
import { valueInstallments } from '../domain/pricing.ts';
import { effectiveDateForNotice } from '../domain/terms.ts';
import { asciiFold, atUtc, dayOfMonth, fixedId } from './util.ts';

type ClientSeed = [
  name: string,
  company: string | null,
  timeZone: string,
  status: WorkspaceClient['status'],
  phone: string | null,
  notes: string,
];

const CLIENTS: ClientSeed[] = [
  [
    'Zoë Hartmann',
    'Brightwell Studio',
    'Europe/Berlin',
    'active',
    '+49 30 5550 1842',
    'Founder, 14 people. Moved from hourly work to a retainer.',
  ],
  ['Łukasz Nowak', 'Wisła Freight', 'Europe/Warsaw', 'active', null, 'Prefers calls after 17:00.'],
  ['Søren Kjær', 'Nordlys Energi', 'Europe/Copenhagen', 'active', '+45 3555 0197', ''],
  ['Chloé Moreau', 'Maison Verdier', 'Europe/Paris', 'active', null, 'Value engagement: leadership team ready for the Series B.'],
  ['Priya Raman', 'Kestrel Analytics', 'Europe/London', 'active', '+44 20 7946 0321', 'Paused over parental leave.'],
  ['Mateo García', 'Ruta Norte', 'Europe/Madrid', 'active', null, 'Hourly for now — a retainer would suit the rhythm.'],
  ['Aoife Byrne', 'Ceol Labs', 'Europe/Dublin', 'archived', null, 'Ended after the acquisition.'],
  ['Hannah Schmidt', 'Fernweh Reisen GmbH', 'Europe/Berlin', 'active', '+49 89 5550 2210', ''],
  ['James Okafor', 'Okafor Ventures', 'America/New_York', 'active', '+1 212 555 0143', 'Billed in USD.'],
  ['Ingrid Halvorsen', 'Fjordline Design', 'Europe/Oslo', 'archived', null, 'Six-month programme, completed.'],
  ['Yuki Tanaka', 'Sakura Robotics', 'Asia/Tokyo', 'active', null, 'Evening calls Tokyo time.'],
  ['Lena Fischer', 'Fischer Legal', 'Europe/Vienna', 'prospect', null, 'Met at the Vienna founders’ breakfast.'],
  ['Tomás Silva', 'Atlântico Surf Co.', 'Europe/Lisbon', 'prospect', null, ''],
  ['Ben Carter', 'Carter & Finch', 'Australia/Sydney', 'prospect', '+61 2 5550 1234', 'Referred by James Okafor.'],
  ['Noah Weber', 'Alpenglow AG', 'Europe/Zurich', 'active', null, 'Moved from a project to a retainer.'],
  ['Emma Johansson', 'Lindgren & Co', 'Europe/Stockholm', 'active', null, ''],
  ['Rafael Costa', 'Costa Digital', 'America/Sao_Paulo', 'active', null, 'Pays late; send reminders early.'],
  ['Amélie Laurent', 'Boréal Conseil', 'America/Toronto', 'active', null, ''],
  ['Olivia Brown', 'Brown & Hale', 'Europe/London', 'active', null, 'Billed in GBP.'],
  ['Felix Braun', 'Braun Maschinenbau', 'Europe/Berlin', 'active', '+49 711 5550 4410', 'Gave notice: budget cuts.'],
  ['Sofia Rossi', 'Rossi Ceramiche', 'Europe/Rome', 'active', null, ''],
  ['Daniel Kim', 'Hanbit Games', 'Asia/Seoul', 'archived', null, ''],
  ['Marta Kowalska', null, 'Europe/Warsaw', 'prospect', null, 'Independent designer; wants a clear outcome and a fixed price.'],
  ['Elif Yılmaz', 'Yılmaz Tekstil', 'Europe/Istanbul', 'active', null, ''],
  ['Jonas Meyer', 'Meyer Bau', 'Europe/Berlin', 'archived', null, ''],
];

/** "zoe.hartmann@brightwell-studio.example": ASCII addresses derived from the names (example domains never deliver). */
function emailFor(name: string, company: string | null): string {
  const local = asciiFold(name).replace(/[^a-z]+/g, '.');
  const domain = asciiFold(company ?? name.split(' ').slice(-1)[0]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${local}@${domain}.example`;
}

export function demoClients(): WorkspaceClient[] {
  return CLIENTS.map(([name, company, timeZone, status, phone, notes], i) => ({
    id: fixedId('c', i + 1, 3),
    name,
    email: emailFor(name, company),
    phone,
    company,
    timeZone,
    status,
    notes,
  }));
}

const BLANK: Omit<WorkspaceAgreement, 'id' | 'clientId' | 'kind' | 'status' | 'title' | 'startDate'> = {
  currency: 'EUR',
  termMonths: null,
  autoRenew: true,
  noticeDays: 30,
  periodMonths: 1,
  feeMinor: 0,
  includedMinutes: null,
  rolloverCapMinutes: null,
  overageRateMinorPerHour: null,
  overageIncrementMinutes: null,
  fairUseMinutes: null,
  hourlyRateMinor: null,
  agreedValueMinor: null,
  installments: [],
  renewalProbability: null,
  slot: null,
  pauses: [],
  cancellation: null,
  sentAt: null,
  signedAt: null,
};

type Spec = Pick<WorkspaceAgreement, 'kind' | 'status' | 'title' | 'startDate'> & Partial<WorkspaceAgreement> & { client: number };

const slot = (weekday: number, time: string, timeZone: string, intervalWeeks: 1 | 2 = 1) => ({
  weekday,
  time,
  timeZone,
  durationMinutes: 45,
  intervalWeeks,
});
const work = (feeMinor: number, includedMinutes: number, rolloverCapMinutes: number, overageRateMinorPerHour: number) => ({
  kind: 'work' as const,
  feeMinor,
  includedMinutes,
  rolloverCapMinutes,
  overageRateMinorPerHour,
  overageIncrementMinutes: 15,
});
const value = (feeMinor: number, startDate: CalendarDate, termMonths: number) => ({
  kind: 'value' as const,
  feeMinor,
  // The fee is a tenth of the client's low estimate of the annual value (the 10× option).
  agreedValueMinor: feeMinor * 10,
  termMonths,
  autoRenew: false,
  installments: valueInstallments(feeMinor, startDate, termMonths),
});

/** The agreements, oldest client first; `today` anchors every date. */
export function demoAgreements(today: CalendarDate): WorkspaceAgreement[] {
  const d = (monthsBack: number, day: number) => dayOfMonth(today, monthsBack, day);
  const cancel = (spec: Spec, noticeGivenOn: CalendarDate): Spec => ({
    ...spec,
    cancellation: { noticeGivenOn, effectiveDate: effectiveDateForNotice({ ...BLANK, ...spec, cancellation: null }, noticeGivenOn) },
  });
  const specs: Spec[] = [
    {
      client: 1,
      title: 'Hourly advisory',
      startDate: d(12, 3),
      kind: 'project',
      status: 'ended',
      hourlyRateMinor: 15000,
      termMonths: 6,
      autoRenew: false,
    },
    {
      client: 1,
      title: 'Founder retainer',
      startDate: d(6, 3),
      status: 'active',
      ...work(120000, 180, 60, 16000),
      termMonths: 6,
      slot: slot(2, '09:00', 'Europe/Berlin'),
    },
    {
      client: 2,
      title: 'Leadership access',
      startDate: d(11, 1),
      kind: 'access',
      status: 'active',
      feeMinor: 90000,
      fairUseMinutes: 240,
      slot: slot(4, '17:30', 'Europe/Warsaw'),
    },
    {
      client: 3,
      title: 'Quarterly leadership retainer',
      startDate: d(10, 1),
      status: 'active',
      ...work(330000, 540, 120, 15000),
      periodMonths: 3,
      termMonths: 12,
      noticeDays: 60,
      slot: slot(1, '08:00', 'Europe/Copenhagen'),
    },
    { client: 4, title: 'Series B leadership readiness', startDate: d(2, 10), status: 'active', ...value(1800000, d(2, 10), 6) },
    {
      client: 5,
      title: 'Analytics lead retainer',
      startDate: d(9, 15),
      status: 'active',
      ...work(95000, 120, 30, 14000),
      currency: 'GBP',
      slot: slot(3, '16:00', 'Europe/London', 2),
      pauses: [{ from: d(5, 15), to: addDays(d(3, 15), -1) }],
    },
    { client: 6, title: 'Hourly coaching', startDate: d(8, 1), kind: 'project', status: 'active', hourlyRateMinor: 14000, noticeDays: 14 },
    cancel(
      {
        client: 7,
        title: 'Founder retainer',
        startDate: d(12, 8),
        status: 'cancelled',
        ...work(110000, 180, 60, 15000),
        slot: slot(5, '11:00', 'Europe/Dublin'),
      },
      d(4, 2),
    ),
    {
      client: 8,
      title: 'Quarterly access',
      startDate: d(7, 1),
      kind: 'access',
      status: 'active',
      feeMinor: 240000,
      periodMonths: 3,
      termMonths: 6,
      slot: slot(5, '10:00', 'Europe/Berlin', 2),
    },
    cancel(
      {
        client: 9,
        title: 'Hourly advisory',
        startDate: d(11, 1),
        kind: 'project',
        status: 'cancelled',
        currency: 'USD',
        hourlyRateMinor: 20000,
        noticeDays: 14,
      },
      d(6, 12),
    ),
    {
      client: 9,
      title: 'CEO retainer',
      startDate: d(6, 26),
      status: 'active',
      ...work(200000, 180, 60, 22000),
      currency: 'USD',
      termMonths: 12,
      noticeDays: 60,
      slot: slot(2, '11:00', 'America/New_York'),
    },
    {
      client: 10,
      title: 'Six-month programme',
      startDate: d(9, 1),
      status: 'ended',
      ...work(100000, 180, 0, 15000),
      termMonths: 6,
      autoRenew: false,
      slot: slot(3, '13:00', 'Europe/Oslo'),
    },
    {
      client: 11,
      title: 'Founder access',
      startDate: d(6, 20),
      kind: 'access',
      status: 'active',
      feeMinor: 70000,
      slot: slot(3, '17:00', 'Asia/Tokyo'),
    },
    {
      client: 12,
      title: 'Managing partner retainer',
      startDate: d(-1, 1),
      status: 'draft',
      ...work(110000, 180, 60, 16000),
      termMonths: 6,
      slot: slot(1, '10:00', 'Europe/Vienna'),
    },
    { client: 13, title: 'Founder access', startDate: d(-1, 1), kind: 'access', status: 'sent', feeMinor: 60000, fairUseMinutes: 120 },
    { client: 14, title: 'Growth retainer', startDate: d(-1, 1), status: 'sent', ...work(150000, 240, 60, 18000), termMonths: 3 },
    {
      client: 15,
      title: 'Org design project',
      startDate: d(12, 15),
      kind: 'project',
      status: 'ended',
      hourlyRateMinor: 16000,
      termMonths: 4,
      autoRenew: false,
    },
    {
      client: 15,
      title: 'Leadership retainer',
      startDate: d(8, 15),
      status: 'active',
      ...work(150000, 240, 60, 17000),
      termMonths: 3,
      slot: slot(4, '08:30', 'Europe/Zurich'),
    },
    { client: 16, title: 'New market entry', startDate: d(11, 1), status: 'ended', ...value(900000, d(11, 1), 6) },
    {
      client: 17,
      title: 'Founder retainer',
      startDate: d(10, 10),
      status: 'active',
      ...work(85000, 120, 0, 15000),
      slot: slot(1, '14:00', 'America/Sao_Paulo', 2),
    },
    {
      client: 18,
      title: 'Leadership access',
      startDate: d(4, 1),
      kind: 'access',
      status: 'active',
      feeMinor: 80000,
      fairUseMinutes: 180,
      termMonths: 6,
      slot: slot(4, '12:00', 'America/Toronto'),
    },
    {
      client: 19,
      title: 'Hourly coaching',
      startDate: d(7, 1),
      kind: 'project',
      status: 'active',
      currency: 'GBP',
      hourlyRateMinor: 12000,
    },
    // Notice given ten days ago: still active until the effective date in 20 days (docs/domain.md, "Terms, notice, lifecycle").
    cancel(
      {
        client: 20,
        title: 'Operations retainer',
        startDate: d(8, 1),
        status: 'active',
        ...work(130000, 240, 60, 16000),
        slot: slot(3, '08:00', 'Europe/Berlin'),
      },
      addDays(today, -10),
    ),
    {
      client: 21,
      title: 'Founder retainer',
      startDate: d(3, 1),
      status: 'active',
      ...work(100000, 180, 60, 15000),
      termMonths: 3,
      noticeDays: 14,
      slot: slot(2, '11:00', 'Europe/Rome'),
    },
    {
      client: 22,
      title: 'Hourly advisory',
      startDate: d(12, 1),
      kind: 'project',
      status: 'ended',
      hourlyRateMinor: 13000,
      termMonths: 3,
      autoRenew: false,
    },
    { client: 23, title: 'Portfolio relaunch', startDate: d(-1, 15), status: 'draft', ...value(600000, d(-1, 15), 4) },
    {
      client: 24,
      title: 'Founder access',
      startDate: d(5, 1),
      kind: 'access',
      status: 'active',
      feeMinor: 65000,
      fairUseMinutes: 90,
      slot: slot(5, '15:00', 'Europe/Istanbul'),
    },
    cancel(
      {
        client: 25,
        title: 'Access retainer',
        startDate: d(12, 20),
        kind: 'access',
        status: 'cancelled',
        feeMinor: 75000,
        termMonths: 6,
        slot: slot(1, '17:00', 'Europe/Berlin', 2),
      },
      d(7, 1),
    ),
  ];
  return specs.map(({ client, ...spec }, i) => {
    const merged = { ...BLANK, ...spec };
    // Keys in the file's order, so a generated file reads like an exported one.
    const a: WorkspaceAgreement = {
      id: fixedId('a', i + 1, 4),
      clientId: fixedId('c', client, 3),
      kind: merged.kind,
      status: merged.status,
      title: merged.title,
      currency: merged.currency,
      startDate: merged.startDate,
      termMonths: merged.termMonths,
      autoRenew: merged.autoRenew,
      noticeDays: merged.noticeDays,
      periodMonths: merged.periodMonths,
      feeMinor: merged.feeMinor,
      includedMinutes: merged.includedMinutes,
      rolloverCapMinutes: merged.rolloverCapMinutes,
      overageRateMinorPerHour: merged.overageRateMinorPerHour,
      overageIncrementMinutes: merged.overageIncrementMinutes,
      fairUseMinutes: merged.fairUseMinutes,
      hourlyRateMinor: merged.hourlyRateMinor,
      agreedValueMinor: merged.agreedValueMinor,
      installments: merged.installments,
      renewalProbability: merged.renewalProbability,
      slot: merged.slot,
      pauses: merged.pauses,
      cancellation: merged.cancellation,
      sentAt: null,
      signedAt: null,
    };
    return { ...a, ...paperTrail(a, today) };
  });
}

/** Sent a few days before the start and signed shortly after; drafts have neither, proposals only `sentAt`. */
function paperTrail(a: WorkspaceAgreement, today: CalendarDate): Pick<WorkspaceAgreement, 'sentAt' | 'signedAt'> {
  if (a.status === 'draft') return { sentAt: null, signedAt: null };
  const ageOfProposal = a.clientId === 'c014' ? 20 : 5;
  if (a.status === 'sent') return { sentAt: timestampText(atUtc(addDays(today, -ageOfProposal), 14, 30)), signedAt: null };
  return {
    sentAt: timestampText(atUtc(addDays(a.startDate, -12), 14, 30)),
    signedAt: timestampText(atUtc(addDays(a.startDate, -6), 10, 0)),
  };
}
