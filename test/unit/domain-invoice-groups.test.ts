// "Generate due invoices" makes one draft per client and currency; the review before the run
// and the run itself both take their groups from draftInvoiceGroups.
import { describe, expect, it } from 'vitest';
import { type DueLine, draftInvoiceGroups } from '../../src/domain/billing.ts';

function line(clientId: string, currency: string, kind: DueLine['kind'], periodStart: string, amountMinor: number): DueLine {
  return {
    clientId,
    currency,
    kind,
    periodStart,
    amountMinor,
    description: `${kind} ${periodStart}`,
    agreementId: `ag-${clientId}`,
    minutes: null,
  };
}

const summary = (lines: DueLine[]) =>
  draftInvoiceGroups(lines).map((g) => ({
    draft: `${g.clientId} ${g.currency}`,
    lines: g.lines.map((l) => `${l.periodStart} ${l.kind}`),
    totalMinor: g.totalMinor,
  }));

describe('draftInvoiceGroups', () => {
  it.each<[string, DueLine[], ReturnType<typeof summary>]>([
    ['nothing due makes no drafts', [], []],
    [
      'one client, one currency: one draft with every line, totalled',
      [line('c1', 'EUR', 'fee', '2026-03-01', 90000), line('c1', 'EUR', 'overage', '2026-02-01', 4500)],
      [{ draft: 'c1 EUR', lines: ['2026-02-01 overage', '2026-03-01 fee'], totalMinor: 94500 }],
    ],
    [
      'a client billed in two currencies gets two drafts',
      [line('c1', 'GBP', 'fee', '2026-03-01', 50000), line('c1', 'EUR', 'fee', '2026-03-01', 90000)],
      [
        { draft: 'c1 EUR', lines: ['2026-03-01 fee'], totalMinor: 90000 },
        { draft: 'c1 GBP', lines: ['2026-03-01 fee'], totalMinor: 50000 },
      ],
    ],
    [
      'drafts come in numbering order (client id, then currency), whatever order the lines came in',
      [
        line('c2', 'EUR', 'fee', '2026-03-01', 1000),
        line('c1', 'EUR', 'fee', '2026-03-01', 2000),
        line('c2', 'EUR', 'fee', '2026-02-01', 3000),
      ],
      [
        { draft: 'c1 EUR', lines: ['2026-03-01 fee'], totalMinor: 2000 },
        { draft: 'c2 EUR', lines: ['2026-02-01 fee', '2026-03-01 fee'], totalMinor: 4000 },
      ],
    ],
    [
      'lines of the same period stand by kind',
      [
        line('c1', 'EUR', 'overage', '2026-03-01', 100),
        line('c1', 'EUR', 'fee', '2026-03-01', 200),
        line('c1', 'EUR', 'installment', '2026-03-01', 300),
      ],
      [{ draft: 'c1 EUR', lines: ['2026-03-01 fee', '2026-03-01 installment', '2026-03-01 overage'], totalMinor: 600 }],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(summary(lines)).toEqual(expected);
  });

  it('leaves the lines it was given in their order', () => {
    const lines = [line('c1', 'EUR', 'fee', '2026-03-01', 1), line('c1', 'EUR', 'fee', '2026-02-01', 2)];
    draftInvoiceGroups(lines);
    expect(lines.map((l) => l.periodStart)).toEqual(['2026-03-01', '2026-02-01']);
  });
});
