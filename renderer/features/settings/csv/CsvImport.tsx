// Import clients or sessions from a CSV file: choose, preview, map columns, import. All or
// nothing: the core checks every row first and writes none if any has a problem.
import { FileUp, Upload } from 'lucide-react';
import { useId, useRef } from 'react';
import { Button } from '../../../components/Button.tsx';
import { SegmentedControl } from '../../../components/SegmentedControl.tsx';
import { LongWorkStatus } from '../backups/LongWorkStatus.tsx';
import { useLongWork } from '../backups/longWork.ts';
import { CsvPreview } from './CsvPreview.tsx';
import type { ImportTable } from './fields.ts';
import { MappingFields } from './MappingFields.tsx';
import { useCsvImport } from './useCsvImport.ts';

const TABLES = [
  { value: 'clients', label: 'Clients' },
  { value: 'sessions', label: 'Sessions' },
] as const satisfies readonly { value: ImportTable; label: string }[];

function Explanation({ table, timeZone }: { table: ImportTable; timeZone: string }) {
  if (table === 'clients') {
    return (
      <p className="muted">
        Each row becomes a client. Only the name is required; email, phone, company, time zone and notes are used when you map them.
      </p>
    );
  }
  return (
    <p className="muted">
      Each row becomes a completed session. Start is a date and time like <code>2026-03-01 10:00</code> in your time zone ({timeZone}), or a
      UTC time like <code>2026-03-01T09:00:00Z</code>. Clients are matched by their name or email, so add them first. Kind is session,
      check_in or extended (session when empty).
    </p>
  );
}

export function CsvImport({ timeZone }: { timeZone: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const running = useLongWork((state) => state.running);
  const csv = useCsvImport();
  const importing = running === 'csv-import';
  const { preview, file, problem, table } = csv;

  return (
    <div className="csv-import">
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Import clients or sessions</h3>
          <Explanation table={table} timeZone={timeZone} />
          <p className="muted">All or nothing: every row is checked first, and if any row has a problem, nothing is imported.</p>
        </div>
        <SegmentedControl label="Import into" value={table} options={TABLES} onChange={csv.setTable} />
      </div>
      <div className="csv-import__choose">
        <input
          ref={inputRef}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const picked = event.target.files?.[0];
            if (picked) void csv.choose(picked);
            event.target.value = '';
          }}
        />
        <Button
          icon={<FileUp size={14} />}
          busy={csv.reading}
          disabled={running !== null}
          onClick={() => inputRef.current?.click()}
          aria-describedby={problem ? problemId : undefined}
        >
          {file ? 'Choose another CSV file…' : 'Choose a CSV file…'}
        </Button>
        {file && preview && (
          <span className="muted">
            {file.name}: {preview.rowCount.toLocaleString()} row{preview.rowCount === 1 ? '' : 's'}
          </span>
        )}
      </div>
      <LongWorkStatus scope="csv-import" />
      {problem && (
        <div id={problemId} role="alert" className="form-error csv-import__problem">
          <p>{problem.message}</p>
          {problem.rows.length > 0 && (
            <ul className="csv-import__rows" aria-label="Problems by row and column">
              {problem.rows.map((row) => (
                <li key={row.key}>{row.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {file && preview && (
        <>
          <CsvPreview table={table} fileName={file.name} preview={preview} mapping={csv.mapping} />
          <MappingFields
            table={table}
            fields={preview.fields}
            headers={preview.headers}
            mapping={csv.mapping}
            errors={csv.mappingErrors}
            disabled={importing}
            onChange={csv.setField}
          />
          <div className="form-actions">
            <Button variant="ghost" disabled={importing} onClick={csv.reset}>
              Cancel
            </Button>
            <Button
              variant="primary"
              icon={<Upload size={14} />}
              busy={importing}
              disabled={running !== null || preview.rowCount === 0}
              onClick={() => void csv.runImport()}
            >
              {importing
                ? 'Importing…'
                : `Import ${preview.rowCount.toLocaleString()} ${table === 'clients' ? 'client' : 'session'}${preview.rowCount === 1 ? '' : 's'}`}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
