import { describe, expect, it } from 'vitest';
import { valueInstallments, valueOptions } from '../../src/domain/pricing.ts';
import { memoryCore, ok } from './helpers.ts';

describe('value pricing', () => {
  it('offers fees at 10×, 7× and 4× the low estimate, rounded to a whole currency unit', () => {
    // £40,000.00 low: 4,000.00; 5,714.2857 → 5,714.00; 10,000.00.
    expect(valueOptions(4_000_000, 'GBP')).toEqual([
      { option: 1, multiple: 10, feeMinor: 400_000 },
      { option: 2, multiple: 7, feeMinor: 571_400 },
      { option: 3, multiple: 4, feeMinor: 1_000_000 },
    ]);
    // ¥ has no minor unit: 1,000,000 / 7 = 142,857.14 → 142,857.
    expect(valueOptions(1_000_000, 'JPY').map((o) => o.feeMinor)).toEqual([100_000, 142_857, 250_000]);
  });

  it('splits into half (rounded up) on the start and the rest at max(1, floor(term / 2)) months', () => {
    expect(valueInstallments(571_401, '2026-01-31', 5)).toEqual([
      { dueDate: '2026-01-31', amountMinor: 285_701 },
      { dueDate: '2026-03-31', amountMinor: 285_700 },
    ]);
    expect(valueInstallments(1000, '2026-01-31', 1)[1]!.dueDate).toBe('2026-02-28');
  });

  it('records the conversation and turns a chosen option into a value draft', async () => {
    const core = await memoryCore();
    const client = await ok(core, 'clients.create', { name: 'Chloé Dubois' });
    const bad = await core.call('pricing.save', {
      clientId: client.id,
      objectives: 'x',
      measures: 'y',
      currency: 'EUR',
      valueLowMinor: 500,
      valueHighMinor: 100,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { valueHighMinor: expect.any(String) } } });
    expect(await core.call('pricing.choose', { clientId: client.id, option: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const saved = await ok(core, 'pricing.save', {
      clientId: client.id,
      objectives: 'A team that runs without her',
      measures: 'Two weeks away with no calls',
      currency: 'EUR',
      valueLowMinor: 6_000_000,
      valueHighMinor: 9_000_000,
    });
    expect(saved.options.map((o) => o.feeMinor)).toEqual([600_000, 857_100, 1_500_000]);
    const chosen = await ok(core, 'pricing.choose', { clientId: client.id, option: 2, startDate: '2026-04-01', termMonths: 6 });
    expect(chosen.installments).toEqual([
      { dueDate: '2026-04-01', amountMinor: 428_550 },
      { dueDate: '2026-07-01', amountMinor: 428_550 },
    ]);
    const draft = await ok(core, 'agreements.get', { id: chosen.agreementId });
    expect(draft.agreement).toMatchObject({ kind: 'value', status: 'draft', feeMinor: 857_100, agreedValueMinor: 6_000_000 });
  });
});
