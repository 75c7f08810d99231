import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type WorkspaceFile } from '../../src/api/workspace-file.ts';
import { generateDemoWorkspace } from '../../src/demo/generate.ts';
import { generateLargeWorkspace } from '../../src/demo/large.ts';
import { createExpander } from '../../src/demo/occurrences.ts';
import { createRandom } from '../../src/demo/random.ts';
import { addDays, addMonths } from '../../src/domain/dates.ts';
import { slotOccurrences } from '../../src/domain/slot.ts';
import { agreementEnd } from '../../src/domain/terms.ts';
import { memoryCore, ok } from './helpers.ts';

const TODAY = '2026-03-01';
const demo = generateDemoWorkspace({ today: TODAY });

function expectValid(file: WorkspaceFile): void {
  // Through JSON, as a file on disk would arrive.
  const parsed = parseWorkspaceFile(JSON.parse(JSON.stringify(file)));
  expect(parsed.ok ? {} : parsed.errors).toEqual({});
}

const total = (i: WorkspaceFile['invoices'][number]) => i.lines.reduce((sum, l) => sum + l.amountMinor, 0);

function paidBy(file: WorkspaceFile): Map<string, number> {
  const paid = new Map<string, number>();
  for (const p of file.payments) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amountMinor);
  return paid;
}

describe('random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRandom(seed);
      return Array.from({ length: 20 }, () => rng.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int within its bounds and reaches both ends', () => {
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it('shuffles into a permutation and forks independent streams', () => {
    const rng = createRandom(9);
    expect(rng.shuffle([1, 2, 3, 4, 5, 6]).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const a = createRandom(9).fork('x');
    const b = createRandom(9);
    b.next();
    expect(b.fork('x').next()).toBe(a.next()); // a fork ignores draws made before it
    expect(createRandom(9).fork('y').next()).not.toBe(createRandom(9).fork('x').next());
  });
});

describe('the generators’ slot walker', () => {
  it('the generators’ slot walker gives the domain’s occurrences, across DST, pauses and ends', () => {
    const expand = createExpander();
    const cases = [
      {
        slot: { weekday: 7, time: '02:30', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 1 },
        window: { startDate: '2025-01-01', endDate: null, pauses: [] },
      },
      {
        slot: { weekday: 7, time: '01:30', timeZone: 'America/New_York', durationMinutes: 45, intervalWeeks: 1 },
        window: { startDate: '2025-02-10', endDate: '2026-01-05', pauses: [] },
      },
      {
        slot: { weekday: 3, time: '16:00', timeZone: 'Europe/London', durationMinutes: 45, intervalWeeks: 2 },
        window: { startDate: '2025-03-15', endDate: null, pauses: [{ from: '2025-06-15', to: '2025-08-14' }] },
      },
      {
        slot: { weekday: 1, time: '14:00', timeZone: 'America/Sao_Paulo', durationMinutes: 45, intervalWeeks: 1 },
        window: { startDate: '2024-12-31', endDate: null, pauses: [] },
      },
    ];
    for (const { slot, window } of cases) {
      const expected = slotOccurrences(slot, window, window.startDate, '2026-03-01').map((o) => [o.date, o.start.toISOString()]);
      const actual = expand(slot, window, { to: '2026-03-01' }).map((o) => [o.date, o.start.toISOString()]);
      expect(actual).toEqual(expected);
      expect(expand(slot, window, { limit: 5 }).map((o) => o.start.toISOString())).toEqual(expected.slice(0, 5).map(([, s]) => s));
    }
  });
});

describe('demo workspace', () => {
  it('passes the workspace file checks, on ordinary days and awkward ones', () => {
    expectValid(demo);
    for (const today of ['2024-02-29', '2025-01-31', '2025-10-26', '2026-12-31']) expectValid(generateDemoWorkspace({ today }));
  });

  it('is deterministic: the same seed gives the same file, another seed another story', () => {
    expect(generateDemoWorkspace({ today: TODAY })).toEqual(demo);
    expect(generateDemoWorkspace({ today: TODAY, seed: 1 })).toEqual(demo);
    const other = generateDemoWorkspace({ today: TODAY, seed: 2 });
    expectValid(other);
    expect(other.sessions).not.toEqual(demo.sessions);
  });

  it('sets up the practice and exports it at 09:00 UTC today', () => {
    expect(demo.exportedAt).toBe(`${TODAY}T09:00:00Z`);
    expect(demo.settings).toEqual({
      businessName: 'Harbour Lane Coaching',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      lateCancelHours: 24,
      paymentTermsDays: 14,
      annualRetention: 0.8,
      winProbability: 0.5,
    });
  });

  it('has about 25 believable clients, some with non-ASCII names, in several zones and every status', () => {
    expect(demo.clients.length).toBeGreaterThanOrEqual(22);
    expect(demo.clients.length).toBeLessThanOrEqual(30);
    const names = demo.clients.map((c) => c.name);
    for (const name of ['Zoë', 'Łukasz', 'Søren', 'Chloé']) expect(names.some((n) => n.startsWith(name))).toBe(true);
    expect(new Set(demo.clients.map((c) => c.status))).toEqual(new Set(['prospect', 'active', 'archived']));
    expect(new Set(demo.clients.map((c) => c.timeZone)).size).toBeGreaterThanOrEqual(8);
    expect(demo.clients.filter((c) => c.company).length).toBeGreaterThan(20);
    expect(demo.clients.every((c) => c.email === null || /^[a-z.]+@[a-z0-9-]+\.example$/.test(c.email))).toBe(true);
  });

  it('has agreements of every kind and status, quarterly, paused, fortnightly and cancelled ones', () => {
    const { agreements } = demo;
    expect(new Set(agreements.map((a) => a.kind))).toEqual(new Set(['work', 'access', 'value', 'project']));
    expect(new Set(agreements.map((a) => a.status))).toEqual(new Set(['draft', 'sent', 'active', 'ended', 'cancelled']));
    expect(agreements.some((a) => a.periodMonths === 3)).toBe(true);
    expect(agreements.some((a) => a.pauses.length > 0)).toBe(true);
    expect(agreements.some((a) => a.slot?.intervalWeeks === 2)).toBe(true);
    expect(agreements.some((a) => a.status === 'cancelled' && a.cancellation && a.cancellation.effectiveDate <= TODAY)).toBe(true);
    expect(agreements.some((a) => a.status === 'active' && a.cancellation && a.cancellation.effectiveDate > TODAY)).toBe(true);
    const access = agreements.filter((a) => a.kind === 'access');
    expect(access.some((a) => a.fairUseMinutes !== null) && access.some((a) => a.fairUseMinutes === null)).toBe(true);
    for (const a of agreements.filter((x) => x.kind === 'value')) {
      expect(a.installments).toHaveLength(2);
      expect(a.installments[0]!.amountMinor + a.installments[1]!.amountMinor).toBe(a.feeMinor);
    }
    for (const a of agreements.filter((x) => x.kind === 'work')) {
      expect(a.includedMinutes).toBeGreaterThan(0);
      expect(a.overageRateMinorPerHour).toBeGreaterThan(0);
    }
    // Some clients were moved from hourly work onto a retainer.
    const movedClients = agreements.filter(
      (a) =>
        a.kind === 'project' &&
        a.status !== 'active' &&
        agreements.some((b) => b.clientId === a.clientId && b.kind === 'work' && b.startDate >= a.startDate),
    );
    expect(movedClients.length).toBeGreaterThanOrEqual(2);
  });

  it('has about a year of sessions, mostly completed, with no-shows, late and coach cancellations', () => {
    const { sessions } = demo;
    const past = sessions.filter((s) => s.start < demo.exportedAt);
    const first = past[0]!.start.slice(0, 10);
    const last = past.at(-1)!.start.slice(0, 10);
    expect(first >= addMonths(TODAY, -13) && first <= addMonths(TODAY, -11)).toBe(true);
    expect(last >= addDays(TODAY, -7)).toBe(true);
    expect(past.filter((s) => s.status === 'completed').length / past.length).toBeGreaterThan(0.75);
    expect(past.some((s) => s.status === 'no_show')).toBe(true);
    const late = (s: (typeof sessions)[number]) => Date.parse(s.start) - Date.parse(s.cancelledAt!) < 24 * 3_600_000;
    expect(sessions.some((s) => s.cancelledBy === 'client' && late(s))).toBe(true);
    expect(sessions.some((s) => s.cancelledBy === 'client' && !late(s))).toBe(true);
    expect(sessions.some((s) => s.cancelledBy === 'coach')).toBe(true);
    expect(new Set(sessions.map((s) => s.kind))).toEqual(new Set(['session', 'check_in', 'extended']));
    expect(sessions.every((s) => s.cancelledAt === null || s.cancelledAt < demo.exportedAt)).toBe(true);
    expect(
      sessions
        .filter((s) => s.status === 'completed')
        .every((s) => s.actualMinutes !== null && Math.abs(s.actualMinutes - s.plannedMinutes) <= 30),
    ).toBe(true);
    expect(sessions.filter((s) => s.notes !== '').length).toBeGreaterThan(sessions.length / 3);
    expect(demo.workLogs.length).toBeGreaterThan(20);
  });

  it('takes each slot session’s occurrenceStart from the slot as the domain expands it', () => {
    const byId = new Map(demo.agreements.map((a) => [a.id, a]));
    const instants = new Map<string, Set<string>>();
    let checked = 0;
    for (const s of demo.sessions.filter((x) => x.occurrenceStart !== null)) {
      const a = byId.get(s.agreementId!)!;
      if (!instants.has(a.id)) {
        const occurrences = slotOccurrences(
          a.slot!,
          { startDate: a.startDate, endDate: agreementEnd(a), pauses: a.pauses },
          a.startDate,
          addDays(TODAY, 30),
        );
        instants.set(a.id, new Set(occurrences.map((o) => o.start.toISOString().replace('.000Z', 'Z'))));
      }
      expect(instants.get(a.id)!.has(s.occurrenceStart!), `${s.id} ${s.occurrenceStart}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(400);
    // The usual case is a session held at its occurrence; a few were moved and keep where they came from.
    const moved = demo.sessions.filter((s) => s.occurrenceStart !== null && s.start !== s.occurrenceStart);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThan(checked / 5);
  });

  it('invoices fees in advance, overage, installments and hourly work, numbered per year', () => {
    const lines = demo.invoices.flatMap((i) => i.lines);
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['fee', 'overage', 'installment', 'project']));
    const agreements = new Map(demo.agreements.map((a) => [a.id, a]));
    // The void invoice carries the typo it was voided for.
    for (const line of demo.invoices.filter((i) => i.status !== 'void').flatMap((i) => i.lines)) {
      const a = agreements.get(line.agreementId!)!;
      if (line.kind === 'fee') expect(line.amountMinor === a.feeMinor && line.periodStart !== null).toBe(true);
      if (line.kind === 'project') expect(line.amountMinor).toBe(Math.round((line.minutes! * a.hourlyRateMinor!) / 60));
      if (line.kind === 'overage') expect(line.amountMinor).toBe(Math.round((line.minutes! * a.overageRateMinorPerHour!) / 60));
    }
    const perYear = new Map<string, number>();
    for (const invoice of demo.invoices) {
      const year = invoice.issueDate.slice(0, 4);
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
      expect(invoice.number).toBe(`INV-${year}-${String(perYear.get(year)).padStart(4, '0')}`);
      expect(invoice.dueDate).toBe(addDays(invoice.issueDate, 14));
      expect(invoice.issueDate <= TODAY).toBe(true);
    }
  });

  it('has mostly paid invoices, some unpaid (one overdue), a partly paid one and one void', () => {
    const paid = paidBy(demo);
    const byStatus = (status: string) => demo.invoices.filter((i) => i.status === status);
    expect(byStatus('paid').length / demo.invoices.length).toBeGreaterThan(0.8);
    expect(byStatus('void')).toHaveLength(1);
    expect(paid.has(byStatus('void')[0]!.id)).toBe(false);
    const unpaid = byStatus('issued');
    expect(unpaid.some((i) => i.dueDate < TODAY)).toBe(true);
    expect(unpaid.some((i) => (paid.get(i.id) ?? 0) > 0)).toBe(true);
    for (const invoice of demo.invoices) {
      const covered = (paid.get(invoice.id) ?? 0) >= total(invoice);
      if (invoice.status !== 'void') expect(invoice.status === 'paid', invoice.number).toBe(covered);
    }
    const issueDates = new Map(demo.invoices.map((i) => [i.id, i.issueDate]));
    for (const p of demo.payments) expect(p.date >= issueDates.get(p.invoiceId)! && p.date <= TODAY, p.id).toBe(true);
  });

  it('uses fixed-width sortable ids, every array in id order', () => {
    const lists = {
      clients: /^c\d{3}$/,
      agreements: /^a\d{4}$/,
      sessions: /^s\d{6}$/,
      workLogs: /^w\d{5}$/,
      invoices: /^i\d{5}$/,
      payments: /^p\d{5}$/,
    } as const;
    for (const [name, pattern] of Object.entries(lists)) {
      const ids = demo[name as keyof typeof lists].map((x) => x.id);
      expect(
        ids.every((id) => pattern.test(id)),
        name,
      ).toBe(true);
      expect(ids, name).toEqual([...ids].sort());
    }
  });

  it('imports into an empty workspace and exports the same file back', async () => {
    const core = await memoryCore(new Date(demo.exportedAt));
    await ok(core, 'data.import', { file: demo });
    const exported = (await ok(core, 'data.export', {})) as WorkspaceFile;
    const { businessAddress, paperSize, ...settings } = exported.settings;
    expect({ ...exported, settings }).toEqual(demo);
    await core.close();
  });
});

describe('large workspace', () => {
  const small = { clients: 50, agreements: 100, sessions: 2000, invoices: 500 };

  it('passes the workspace file checks with exactly the requested counts', () => {
    const file = generateLargeWorkspace(small);
    expectValid(file);
    expect([file.clients.length, file.agreements.length, file.sessions.length, file.invoices.length, file.payments.length]).toEqual([
      50, 100, 2000, 500, 500,
    ]);
  });

  it('keeps exact counts at other shapes, including more payments than invoices', () => {
    for (const options of [
      { clients: 7, agreements: 3, sessions: 11, invoices: 5, payments: 9 },
      { clients: 120, agreements: 90, sessions: 1234, invoices: 321, payments: 100, today: '2025-10-26' },
      { clients: 1, agreements: 1, sessions: 0, invoices: 0, payments: 0 },
    ]) {
      const file = generateLargeWorkspace({ seed: 3, ...options });
      expectValid(file);
      expect([file.clients.length, file.agreements.length, file.sessions.length, file.invoices.length, file.payments.length]).toEqual([
        options.clients,
        options.agreements,
        options.sessions,
        options.invoices,
        options.payments,
      ]);
    }
  });

  it('is shaped like the demo: every kind and status, slot sessions, paid, unpaid and void invoices', () => {
    const file = generateLargeWorkspace({ clients: 200, agreements: 400, sessions: 6000, invoices: 2000 });
    expect(new Set(file.agreements.map((a) => a.kind))).toEqual(new Set(['work', 'access', 'value', 'project']));
    expect(new Set(file.agreements.map((a) => a.status))).toEqual(new Set(['draft', 'sent', 'active', 'ended', 'cancelled']));
    expect(new Set(file.invoices.map((i) => i.status))).toEqual(new Set(['paid', 'issued', 'void']));
    expect(new Set(file.invoices.flatMap((i) => i.lines.map((l) => l.kind)))).toEqual(
      new Set(['fee', 'overage', 'installment', 'project']),
    );
    expect(file.sessions.every((s) => s.agreementId !== null && s.occurrenceStart !== null)).toBe(true);
    expect(file.sessions.filter((s) => s.status === 'completed').length / file.sessions.length).toBeGreaterThan(0.8);
    const names = file.clients.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is deterministic and follows the seed', () => {
    const a = generateLargeWorkspace({ ...small, seed: 11 });
    expect(generateLargeWorkspace({ ...small, seed: 11 })).toEqual(a);
    expect(generateLargeWorkspace({ ...small, seed: 12 }).sessions).not.toEqual(a.sessions);
  });

  it('refuses counts it cannot honour', () => {
    expect(() => generateLargeWorkspace({ clients: 0, agreements: 5 })).toThrow(RangeError);
    expect(() => generateLargeWorkspace({ clients: 5, agreements: 0, sessions: 10, invoices: 0 })).toThrow(RangeError);
    expect(() => generateLargeWorkspace({ clients: 5, agreements: 5, sessions: -1 })).toThrow(RangeError);
  });
});
