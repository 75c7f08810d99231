import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../../src/api/workspace-file.ts';
import { memoryCore, ok, readExample } from './helpers.ts';

describe('clients', () => {
  it('creates a client with the settings time zone and trims optional fields to null', async () => {
    const core = await memoryCore();
    await ok(core, 'settings.update', { timeZone: 'Europe/Berlin' });
    const client = await ok(core, 'clients.create', { name: 'Ada Byrne', email: '', company: '  ', phone: '+44 20 7946 0000' });
    expect(client).toMatchObject({
      name: 'Ada Byrne',
      email: null,
      company: null,
      phone: '+44 20 7946 0000',
      timeZone: 'Europe/Berlin',
      status: 'active',
    });
    expect(client.createdAt).toBe('2026-03-01T10:00:00Z');
    const fetched = await ok(core, 'clients.get', { id: client.id });
    expect(fetched).toMatchObject({ id: client.id, references: { agreements: 0, sessions: 0, invoices: 0 }, agreements: [] });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'A', email: 'nope' }, 'email'],
    [{ name: 'A', timeZone: 'Nowhere/Land' }, 'timeZone'],
    [{ name: 'A', status: 'vip' }, 'status'],
    [{ name: 'A', colour: 'red' }, '(input)'],
    [{ name: 'x'.repeat(201) }, 'name'],
  ])('refuses %j naming %s, and writes nothing', async (input, field) => {
    const core = await memoryCore();
    const result = await core.call('clients.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(await ok(core, 'clients.list', { status: 'all' })).toEqual([]);
  });

  it('updates, archives and restores', async () => {
    const core = await memoryCore();
    const { id } = await ok(core, 'clients.create', { name: 'Ben Ortiz' });
    const updated = await ok(core, 'clients.update', { id, company: 'Ortiz & Co', notes: 'Prefers mornings' });
    expect(updated).toMatchObject({ name: 'Ben Ortiz', company: 'Ortiz & Co', notes: 'Prefers mornings' });
    await ok(core, 'clients.archive', { id });
    expect(await ok(core, 'clients.list', {})).toEqual([]);
    expect((await ok(core, 'clients.list', { status: 'archived' })).map((c) => c.id)).toEqual([id]);
    await ok(core, 'clients.restore', { id });
    expect((await ok(core, 'clients.list', {})).map((c) => c.status)).toEqual(['active']);
  });

  it('reports unknown ids as not_found', async () => {
    const core = await memoryCore();
    for (const name of ['clients.get', 'clients.archive', 'clients.restore', 'clients.delete'] as const) {
      expect(await core.call(name, { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await core.call('clients.update', { id: 'missing', name: 'X' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('deletes only a client nothing refers to', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const refused = await core.call('clients.delete', { id: 'e1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Ada Byrne has 1 agreement, 13 sessions/);
    expect((await ok(core, 'clients.list', { status: 'all' })).length).toBe(6);
    const lonely = await ok(core, 'clients.create', { name: 'Lonely' });
    await ok(core, 'clients.delete', { id: lonely.id });
    expect(await core.call('clients.get', { id: lonely.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('searches names, companies and emails ignoring case and accents', async () => {
    const core = await memoryCore();
    await ok(core, 'clients.create', { name: 'Zoë Łukasiewicz-Øster', company: 'Nordlys AS' });
    await ok(core, 'clients.create', { name: 'Chloé Dubois', email: 'chloe@example.fr' });
    await ok(core, 'clients.create', { name: 'Dev Patel', company: 'Patel Advisory' });
    const names = async (search: string) => (await ok(core, 'clients.list', { search })).map((c) => c.name);
    expect(await names('zoe')).toEqual(['Zoë Łukasiewicz-Øster']);
    expect(await names('LUKASIEWICZ oster')).toEqual(['Zoë Łukasiewicz-Øster']);
    expect(await names('chloe')).toEqual(['Chloé Dubois']);
    expect(await names('advisory')).toEqual(['Dev Patel']);
    expect(await names('example.fr')).toEqual(['Chloé Dubois']);
    expect(await names('nobody')).toEqual([]);
  });

  it('sorts and shows agreement, balance and last session', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const rows = await ok(core, 'clients.list', { sort: 'name', direction: 'desc' });
    expect(rows.map((r) => r.id)).toEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']); // Finn, Eva, Dev, Chloé, Ben, Ada
    const ada = rows.find((r) => r.id === 'e1')!;
    expect(ada.agreement).toMatchObject({ id: 'b1', kind: 'work', status: 'active' });
    expect(ada.lastSessionAt).toBe('2026-02-18T18:00:00Z');
    const eva = rows.find((r) => r.id === 'e5')!;
    expect(eva.agreement).toMatchObject({ id: 'b5', status: 'sent' });
    // Every balance is what issued invoices still lack from their payments.
    const file = readExample() as WorkspaceFile;
    for (const row of rows) {
      const owed = file.invoices
        .filter((i) => i.clientId === row.id && i.status !== 'void' && i.status !== 'draft')
        .reduce(
          (sum, i) =>
            sum +
            i.lines.reduce((s, l) => s + l.amountMinor, 0) -
            file.payments.filter((p) => p.invoiceId === i.id).reduce((s, p) => s + p.amountMinor, 0),
          0,
        );
      expect(row.balances.reduce((s, b) => s + b.amountMinor, 0)).toBe(owed);
    }
    // By last session: newest first, clients never seen last; the first few as the full list.
    const byLast = await ok(core, 'clients.list', { sort: 'lastSession', direction: 'desc' });
    const seen = byLast.filter((r) => r.lastSessionAt !== null);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map((r) => r.lastSessionAt)).toEqual(
      seen
        .map((r) => r.lastSessionAt)
        .sort()
        .reverse(),
    );
    expect(byLast.slice(seen.length).every((r) => r.lastSessionAt === null)).toBe(true);
    expect(byLast.find((r) => r.id === 'e1')?.lastSessionAt).toBe('2026-02-18T18:00:00Z');
    expect(await ok(core, 'clients.list', { sort: 'lastSession', direction: 'desc', limit: 2 })).toEqual(byLast.slice(0, 2));
  });

  it('lists only who owes, or the first few, as the full list would show them', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    const newestFirst = { status: 'all', sort: 'created', direction: 'desc' } as const;
    const all = await ok(core, 'clients.list', newestFirst);
    const owing = await ok(core, 'clients.list', { ...newestFirst, balance: 'open' });
    expect(owing.length).toBeGreaterThan(0);
    expect(owing.length).toBeLessThan(all.length);
    expect(owing).toEqual(all.filter((row) => row.balances.length > 0));
    expect(await ok(core, 'clients.list', { ...newestFirst, limit: 2 })).toEqual(all.slice(0, 2));
    expect(await ok(core, 'clients.list', { ...newestFirst, limit: 100 })).toEqual(all);
    expect(await ok(core, 'clients.list', { ...newestFirst, balance: 'open', limit: 1 })).toEqual(owing.slice(0, 1));
    expect(await core.call('clients.list', { limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { limit: expect.any(String) } },
    });
    expect(await core.call('clients.list', { balance: 'paid' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('emits a change event naming the clients table after a write, and none after a read', async () => {
    const core = await memoryCore();
    const events: string[][] = [];
    core.onChange((event) => events.push(event.tables));
    await ok(core, 'clients.list', {});
    expect(events).toEqual([]);
    await ok(core, 'clients.create', { name: 'Ada' });
    expect(events).toEqual([['clients']]);
    await core.call('clients.create', { name: '' });
    expect(events).toHaveLength(1);
  });
});

describe('settings', () => {
  it('reads the defaults and updates them with validation', async () => {
    const core = await memoryCore();
    const settings = await ok(core, 'settings.get', {});
    expect(settings).toMatchObject({
      currency: 'EUR',
      lateCancelHours: 24,
      paymentTermsDays: 14,
      annualRetention: 0.7,
      winProbability: 0.5,
      paperSize: 'A4',
      onboarded: false,
    });
    const updated = await ok(core, 'settings.update', { businessName: 'Northbank Coaching', currency: 'GBP', paymentTermsDays: 30 });
    expect(updated).toMatchObject({ businessName: 'Northbank Coaching', currency: 'GBP', paymentTermsDays: 30 });
    for (const [input, field] of [
      [{ currency: 'POUNDS' }, 'currency'],
      [{ annualRetention: 2 }, 'annualRetention'],
      [{ lateCancelHours: 1.5 }, 'lateCancelHours'],
      [{ logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, 'logoDataUrl'],
    ] as const) {
      const result = await core.call('settings.update', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toContain(field);
    }
    expect(await ok(core, 'settings.get', {})).toMatchObject({ currency: 'GBP', annualRetention: 0.7 });
  });

  it('refuses unknown call names without touching anything', async () => {
    const core = await memoryCore();
    expect(await core.call('clients.drop', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
