// Tables leave Cadence as CSV written one way, whether the core exports a whole table or a
// screen exports the rows it shows: RFC 4180 (comma-separated, CRLF after every row, a
// field quoted when it holds a comma, a quote or a line break, or starts or ends with a
// space; quotes doubled), optionally behind a UTF-8 byte-order mark so a spreadsheet
// opened by double-click reads "Chloé" as written. Amounts go in as moneyText
// (src/domain/money-text.ts): major units with a ".", which spreadsheets read as numbers.

export type CsvCell = string | number | boolean | null | undefined;

// Text a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)") gets a leading
// apostrophe and quotes, so it stays text. Only the first character is looked at: reading
// each whole cell costs over a second on 200,000 sessions' notes. A plain number such as
// "-5.00" is no formula and stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) return `"'${cell.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The CSV text of rows (the header row first); no rows give no text, only the mark if asked. */
export function csvText(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const mark = options.bom ? '\uFEFF' : '';
  if (rows.length === 0) return mark;
  let text = mark;
  for (const row of rows) text += `${row.map(field).join(',')}\r\n`;
  return text;
}
