import { Download } from 'lucide-react';
import type { CsvCell } from '../../../src/domain/csv.ts';
import { Button } from '../../components/Button.tsx';
import { downloadCsv } from './csv.ts';

export interface CsvButtonProps {
  /** Without ".csv". */
  fileName: string;
  /** Header row first; built on click, so a large table costs nothing until exported. */
  rows: () => readonly (readonly CsvCell[])[];
  /** What is exported, for screen readers ("Export forecast as CSV"). */
  what: string;
}

export function CsvButton({ fileName, rows, what }: CsvButtonProps) {
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={<Download size={14} />}
      aria-label={`Export ${what} as CSV`}
      onClick={() => downloadCsv(`${fileName}.csv`, rows())}
    >
      CSV
    </Button>
  );
}
