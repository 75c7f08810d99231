// The first rows of the chosen file as the core read them, with the line number each row has
// in the file (the number errors refer to) and, under each column, the field it fills.
import { fieldLabel, type ImportTable } from './fields.ts';
import type { CsvPreviewData } from './useCsvImport.ts';

interface CsvPreviewProps {
  table: ImportTable;
  fileName: string;
  preview: CsvPreviewData;
  mapping: Record<string, string>;
}

export function CsvPreview({ table, fileName, preview, mapping }: CsvPreviewProps) {
  const fieldsOf = (header: string) =>
    Object.entries(mapping)
      .filter(([, mapped]) => mapped === header)
      .map(([field]) => fieldLabel(table, field));
  const caption = `The first ${preview.firstRows.length.toLocaleString()} of ${preview.rowCount.toLocaleString()} rows in ${fileName}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes the focus so that it scrolls from the keyboard (axe: scrollable-region-focusable).
    <section className="plain-table-wrap csv-preview" aria-label={caption} tabIndex={0}>
      <table className="table table--plain">
        <caption className="csv-preview__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            {preview.headers.map((header) => {
              const fields = fieldsOf(header);
              return (
                <th key={header} scope="col">
                  <span className="csv-preview__header">{header}</span>
                  <span className="csv-preview__field">{fields.length ? `→ ${fields.join(', ')}` : 'not imported'}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.firstRows.map((row, index) => (
            // Line 1 is the header, so the first row is line 2: the number the core's errors use.
            // biome-ignore lint/suspicious/noArrayIndexKey: the preview shows the file's first rows in file order; the line number is their identity.
            <tr key={index}>
              <td className="num muted">{index + 2}</td>
              {preview.headers.map((header) => (
                <td key={header} className="csv-preview__cell">
                  {row[header] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
