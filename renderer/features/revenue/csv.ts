// Files leave the app through the browser's download, which works in both hosts. A table a
// screen shows is written as CSV by the core's one writer (src/domain/csv.ts).
import { type CsvCell, csvText } from '../../../src/domain/csv.ts';

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
  downloadBlob(fileName, new Blob([csvText(rows, { bom: true })], { type: 'text/csv;charset=utf-8' }));
}
