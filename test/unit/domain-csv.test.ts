// The one CSV writer: csv.export and every table a screen exports write through it.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvCell, csvText } from '../../src/domain/csv.ts';

describe('csvText', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text as is', 'Ada Byrne', 'Ada Byrne'],
    ['an accented name as written', 'Chloé', 'Chloé'],
    ['a comma quoted', 'Byrne, Ada', '"Byrne, Ada"'],
    ['quotes doubled and quoted', 'Said "yes"', '"Said ""yes"""'],
    ['a line break quoted', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return quoted', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a leading space quoted', ' indented', '" indented"'],
    ['a trailing space quoted', 'trailing ', '"trailing "'],
    ['a formula kept as text', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['@ starts a formula', '@SUM(A1:A9)', '"\'@SUM(A1:A9)"'],
    ['+ starts a formula', '+1', '"\'+1"'],
    ['- followed by more than a number starts a formula', '-1+2', '"\'-1+2"'],
    ['a tab at the start is a formula', '\tx', '"\'\tx"'],
    ['a negative amount stays a number', '-5.00', '-5.00'],
    ['a negative whole number stays a number', '-3', '-3'],
    ['a minus later in the text is no formula', 'a = b, and -3', '"a = b, and -3"'],
    ['a number as digits', -500, '-500'],
    ['zero', 0, '0'],
    ['a boolean as its word', true, 'true'],
    ['null empty', null, ''],
    ['undefined empty', undefined, ''],
    ['empty text empty', '', ''],
  ])('%s', (_name, cell, written) => {
    expect(csvText([[cell]])).toBe(`${written}\r\n`);
  });

  it('joins fields with commas and ends every row with CRLF', () => {
    expect(
      csvText([
        ['Month', 'Amount'],
        ['2026-02', '1500.00'],
        ['2026-03', null],
      ]),
    ).toBe('Month,Amount\r\n2026-02,1500.00\r\n2026-03,\r\n');
  });

  it('puts the byte-order mark first when asked, and writes nothing for no rows', () => {
    expect(csvText([['a']], { bom: true })).toBe('\uFEFFa\r\n');
    expect(csvText([])).toBe('');
    expect(csvText([], { bom: true })).toBe('\uFEFF');
  });

  it('is read back by an RFC 4180 reader cell for cell', () => {
    const rows = [
      ['name', 'notes'],
      ['Said "yes", then', 'line one\r\nline two'],
      [' spaced ', 'plain'],
    ];
    expect(Papa.parse(csvText(rows), { skipEmptyLines: true }).data).toEqual(rows);
  });
});
