// Tables leave Cadence as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled), UTF-8 with a byte-order mark so a
// spreadsheet opened by double-click reads "Chloé" as written.
import { fractionDigits } from '../../lib/format.ts';

export type CsvCell = string | number | null;

/** Text a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as text. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * An amount in major units with the currency's own digits and a "." ("1500.00", "5000" for
 * JPY), as text so no float rounding shows; spreadsheets read it as a number.
 */
export function csvAmount(amountMinor: number | null, currency: string): string | null {
  if (amountMinor === null) return null;
  const digits = fractionDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Saves bytes as a file through the browser's download (works in both hosts). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(fileName: string, rows: readonly (readonly CsvCell[])[]): void {
  downloadBlob(fileName, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}
