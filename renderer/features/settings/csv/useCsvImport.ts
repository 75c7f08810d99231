// The CSV import's steps: choose a file (read as text), preview it for a table with the
// core's suggested mapping, change the mapping, import. The core checks every row; when one
// fails nothing is written, and its errors come back keyed by row and column.
import { useState } from 'react';
import { type ApiOutput, api } from '../../../api.ts';
import { runLongWork, useLongWork } from '../backups/longWork.ts';
import { fieldLabel, type ImportTable, type RowProblem, rowProblem } from './fields.ts';

export type CsvPreviewData = ApiOutput<'csv.preview'>;

export interface ImportProblem {
  message: string;
  rows: RowProblem[];
}

/** "Name" + "is required" → "Name is required"; "Email" + "no such column" → "Email: no such column". */
function mappingError(label: string, message: string): string {
  return /^(is|must) /.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}

interface Chosen {
  name: string;
  text: string;
}

export function useCsvImport() {
  const [table, setTableState] = useState<ImportTable>('clients');
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<CsvPreviewData | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mappingErrors, setMappingErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [reading, setReading] = useState(false);

  const load = async (chosen: Chosen, forTable: ImportTable) => {
    setProblem(null);
    setMappingErrors({});
    setReading(true);
    const result = await api.call('csv.preview', { table: forTable, text: chosen.text });
    setReading(false);
    if (!result.ok) {
      setPreview(null);
      setProblem({ message: `${chosen.name} could not be read as CSV. ${result.error.message}`, rows: [] });
      return;
    }
    setPreview(result.value);
    setMapping(result.value.suggestedMapping);
  };

  const choose = async (picked: File) => {
    setReading(true);
    const chosen = { name: picked.name, text: await picked.text() };
    setFile(chosen);
    await load(chosen, table);
  };

  const setTable = (next: ImportTable) => {
    setTableState(next);
    if (file) void load(file, next);
  };

  const setField = (field: string, header: string) => {
    setMapping((current) => {
      const { [field]: _dropped, ...rest } = current;
      return header ? { ...rest, [field]: header } : rest;
    });
    setMappingErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setMapping({});
    setMappingErrors({});
    setProblem(null);
  };

  const runImport = async () => {
    if (!file || !preview) return;
    setProblem(null);
    setMappingErrors({});
    const announce = useLongWork.getState().announce;
    const rows = preview.rowCount;
    const progress = `Checking ${rows.toLocaleString()} row${rows === 1 ? '' : 's'} and importing…`;
    const outcome = await runLongWork('csv-import', 'csv-import', progress, () =>
      api.call('csv.import', { table, text: file.text, mapping }),
    );
    if (!outcome) return;
    const result = outcome.value;
    if (!result.ok) {
      const entries = Object.entries(result.error.fields ?? {});
      const onMapping = entries.filter(([key]) => key.startsWith('mapping.'));
      setMappingErrors(
        Object.fromEntries(
          onMapping.map(([key, message]) => [
            key.slice('mapping.'.length),
            mappingError(fieldLabel(table, key.slice('mapping.'.length)), message),
          ]),
        ),
      );
      const message = result.error.message.startsWith('Nothing was imported')
        ? result.error.message
        : `Nothing was imported. ${onMapping.length ? 'Choose a column for every required field.' : result.error.message}`;
      setProblem({ message, rows: entries.filter(([key]) => !key.startsWith('mapping.')).map(([key, text]) => rowProblem(key, text)) });
      announce('csv-import', '');
      return;
    }
    const { imported } = result.value;
    announce('csv-import', `Imported ${imported.toLocaleString()} ${imported === 1 ? table.slice(0, -1) : table} from ${file.name}.`);
    reset();
  };

  return { table, setTable, file, preview, mapping, setField, mappingErrors, problem, reading, choose, reset, runImport };
}
