// Export one table as a CSV file. The core writes the file's text; it is saved through a
// Blob download, so nothing leaves the computer.
import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { downloadBlob } from '../../revenue/csv.ts';
import { LongWorkStatus } from '../backups/LongWorkStatus.tsx';
import { runLongWork, useLongWork } from '../backups/longWork.ts';

const TABLES = [
  { table: 'clients', label: 'Clients' },
  { table: 'agreements', label: 'Agreements' },
  { table: 'sessions', label: 'Sessions' },
  { table: 'invoices', label: 'Invoices' },
  { table: 'payments', label: 'Payments' },
] as const;

type ExportTable = (typeof TABLES)[number]['table'];

export function CsvExport() {
  const headingId = useId();
  const bomHelpId = useId();
  const running = useLongWork((state) => state.running);
  const [bom, setBom] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportTable = async (table: ExportTable, label: string) => {
    setError(null);
    const announce = useLongWork.getState().announce;
    const outcome = await runLongWork(`csv-export-${table}`, 'csv-export', `Exporting ${label.toLowerCase()}…`, () =>
      api.call('csv.export', { table, bom }),
    );
    if (!outcome) return;
    const result = outcome.value;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBlob(result.value.fileName, new Blob([result.value.content], { type: 'text/csv;charset=utf-8' }));
    announce('csv-export', `Exported ${label.toLowerCase()} as ${result.value.fileName}.`);
  };

  return (
    <div className="csv-export">
      <div className="setting-row__text">
        <h3 id={headingId}>Export a table</h3>
        <p className="muted">
          One CSV file per table, in UTF-8. Amounts are in cents (minor units), dates read YYYY-MM-DD and times are in UTC.
        </p>
      </div>
      <fieldset className="csv-export__buttons" aria-labelledby={headingId}>
        {TABLES.map(({ table, label }) => (
          <Button
            key={table}
            size="sm"
            icon={<Download size={14} />}
            busy={running === `csv-export-${table}`}
            disabled={running !== null}
            onClick={() => void exportTable(table, label)}
          >
            {label}
          </Button>
        ))}
      </fieldset>
      <label className="switch">
        <input type="checkbox" checked={bom} aria-describedby={bomHelpId} onChange={(event) => setBom(event.target.checked)} />
        <span>Add a BOM for Excel</span>
      </label>
      <p id={bomHelpId} className="muted csv-export__bom">
        Excel on Windows needs it to show accents such as é and ü correctly; other programs do not.
      </p>
      <LongWorkStatus scope="csv-export" />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
