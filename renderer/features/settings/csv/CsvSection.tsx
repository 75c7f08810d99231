// Settings → Spreadsheets (CSV): export any main table; import clients or sessions.
import { SettingsSection } from '../SettingsSection.tsx';
import { CsvExport } from './CsvExport.tsx';
import { CsvImport } from './CsvImport.tsx';
import './csv.css';

export function CsvSection({ timeZone }: { timeZone: string }) {
  return (
    <SettingsSection
      id="csv"
      title="Spreadsheets (CSV)"
      description="Take your data to a spreadsheet, or bring clients and past sessions in from one."
    >
      <CsvExport />
      <CsvImport timeZone={timeZone} />
    </SettingsSection>
  );
}
