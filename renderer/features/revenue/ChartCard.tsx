// A chart with its table: the same figures as an SVG chart for the eye and as a real table
// for keyboard and screen-reader users (and for copying), switched in place, with CSV.
import { type ReactNode, useState } from 'react';
import type { CsvCell } from '../../../src/domain/csv.ts';
import { Card } from '../../components/Card.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { CsvButton } from './CsvButton.tsx';

type View = 'chart' | 'table';

export interface ChartCardProps {
  title: ReactNode;
  /** Plain words for the export button and the view switch. */
  name: string;
  fileName: string;
  csv: () => readonly (readonly CsvCell[])[];
  chart: ReactNode;
  table: ReactNode;
  /** Under the header: a legend, a marker, a summary. */
  intro?: ReactNode;
  className?: string;
}

export function ChartCard({ title, name, fileName, csv, chart, table, intro, className }: ChartCardProps) {
  const [view, setView] = useState<View>('chart');
  return (
    <Card
      title={title}
      className={className}
      aside={
        <div className="chart-card__tools">
          <SegmentedControl
            label={`Show ${name} as`}
            value={view}
            options={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
            onChange={setView}
          />
          <CsvButton fileName={fileName} what={name} rows={csv} />
        </div>
      }
    >
      {intro}
      {view === 'chart' ? <div className="chart-card__chart">{chart}</div> : table}
    </Card>
  );
}
