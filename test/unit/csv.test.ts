import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NOT_STARTED } from '../../src/domain/session-outcome.ts';
import { memoryCore, ok, readExample } from './helpers.ts';

describe('CSV', () => {
  it('exports each table as RFC 4180 with quoting, CRLF and an optional BOM', async () => {
    const core = await memoryCore();
    await ok(core, 'data.import', { file: readExample() });
    await ok(core, 'clients.update', { id: 'e1', notes: 'Said "yes", then\nmaybe' });
    const csv = await ok(core, 'csv.export', { table: 'clients', bom: true });
    expect(csv.content.startsWith('\uFEFFid,name,')).toBe(true);
    expect(csv.content).toContain('"Said ""yes"", then\nmaybe"');
    expect(csv.content.split('\r\n').length).toBeGreaterThan(6);
    const parsed = Papa.parse<Record<string, string>>(csv.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.id === 'e1')!.notes).toBe('Said "yes", then\nmaybe');
    for (const table of ['agreements', 'sessions', 'invoices', 'payments'] as const) {
      const rows = Papa.parse((await ok(core, 'csv.export', { table })).content, { header: true, skipEmptyLines: true }).data;
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('guards against spreadsheet formulas in exported text', async () => {
    const core = await memoryCore();
    await ok(core, 'clients.create', { name: '=HYPERLINK("http://x")' });
    await ok(core, 'clients.create', { name: 'Multi-line', notes: '@SUM(A1:A9)\nsecond line' });
    await ok(core, 'clients.create', { name: 'Plain', notes: 'a = b, and -3' });
    const content = (await ok(core, 'csv.export', { table: 'clients' })).content;
    expect(content).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(content).toContain(`"'@SUM(A1:A9)\nsecond line"`); // a cell over two lines is a formula too
    expect(content).toContain(`"a = b, and -3"`); // quoted for its comma, not escaped
  });

  it('imports clients with a column mapping and a preview, all or nothing, naming row and column', async () => {
    const core = await memoryCore();
    const text =
      'Full name,E-mail,Organisation\r\nAda Byrne,ada@example.com,Byrne Ltd\r\nBen Ortiz,not-an-email,\r\n,x@example.com,Empty Co\r\n';
    const preview = await ok(core, 'csv.preview', { table: 'clients', text });
    expect(preview.headers).toEqual(['Full name', 'E-mail', 'Organisation']);
    expect(preview.suggestedMapping).toEqual({ name: 'Full name', email: 'E-mail', company: 'Organisation' });
    expect(preview.rowCount).toBe(3);
    const refused = await core.call('csv.import', { table: 'clients', text, mapping: preview.suggestedMapping });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.fields).toMatchObject({ 'row 3, E-mail': expect.any(String), 'row 4, Full name': expect.any(String) });
      expect(refused.error.message).toMatch(/^Nothing was imported\. Row 3, column "E-mail"/);
    }
    expect(await ok(core, 'clients.list', { status: 'all' })).toEqual([]);
    const good = text.replace('not-an-email', 'ben@example.com').replace(',x@example.com,Empty Co', 'Chloé Dubois,,');
    expect(await ok(core, 'csv.import', { table: 'clients', text: good, mapping: preview.suggestedMapping })).toEqual({ imported: 3 });
    expect((await ok(core, 'clients.list', {})).map((c) => c.name)).toEqual(['Ada Byrne', 'Ben Ortiz', 'Chloé Dubois']);
  });

  it('imports sessions by client name, with local times in the workspace zone, none that has not begun', async () => {
    const core = await memoryCore(new Date('2026-07-01T08:00:00Z')); // the later session starts at this very moment
    await ok(core, 'settings.update', { timeZone: 'Europe/Berlin' });
    await ok(core, 'clients.create', { name: 'Ada Byrne', email: 'ada@example.com' });
    const text =
      'client,start,minutes,kind,notes\nada@example.com,2026-03-03 10:00,50,check-in,Quick one\nAda Byrne,2026-07-01T08:00:00Z,90,extended,\n';
    expect(
      await ok(core, 'csv.import', {
        table: 'sessions',
        text,
        mapping: { client: 'client', start: 'start', minutes: 'minutes', kind: 'kind', notes: 'notes' },
      }),
    ).toEqual({ imported: 2 });
    const range = await ok(core, 'calendar.range', { from: '2026-03-01', to: '2026-07-31' });
    expect(range.items.map((i) => [i.start, i.kind, i.actualMinutes])).toEqual([
      ['2026-03-03T09:00:00Z', 'check_in', 50],
      ['2026-07-01T08:00:00Z', 'extended', 90],
    ]);
    const bad = await core.call('csv.import', {
      table: 'sessions',
      text: 'client,start,minutes\nNobody,2026-03-03 10:00,x\n',
      mapping: { client: 'client', start: 'start', minutes: 'minutes' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'row 2, client': expect.any(String), 'row 2, minutes': expect.any(String) } },
    });
    // A held session in the future is refused, the row named, and nothing is imported.
    const future = await core.call('csv.import', {
      table: 'sessions',
      text: 'client,start,minutes\nAda Byrne,2026-06-30 10:00,45\nAda Byrne,2026-07-01T08:00:01Z,45\n',
      mapping: { client: 'client', start: 'start', minutes: 'minutes' },
    });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'row 3, start': NOT_STARTED } } });
    if (!future.ok) expect(Object.keys(future.error.fields ?? {})).toEqual(['row 3, start']);
    expect((await ok(core, 'calendar.range', { from: '2026-03-01', to: '2026-07-31' })).items).toHaveLength(2);
  });
});
