// Above the grid: where you are (the range's title), today / previous / next, week or
// month, which client, and the ways out (.ics export, notes search, a new session).
import { ChevronLeft, ChevronRight, NotebookText, Plus } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { Kbd } from '../../components/Kbd.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { Select } from '../../components/Select.tsx';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import type { CalendarViewName } from './CalendarView.tsx';
import { IcsButton } from './IcsButton.tsx';

const VIEWS = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
] as const;

export interface CalendarToolbarProps {
  title: string;
  view: CalendarViewName;
  clientId: string;
  onToday: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onView: (view: CalendarViewName) => void;
  onClient: (clientId: string) => void;
  onNew: () => void;
}

export function CalendarToolbar({ title, view, clientId, onToday, onPrevious, onNext, onView, onClient, onNew }: CalendarToolbarProps) {
  const clients = useLiveQuery('clients.list', { status: 'current' });
  const options = [{ value: '', label: 'All clients' }, ...(clients.data ?? []).map((c) => ({ value: c.id, label: c.name }))];
  const unit = view === 'week' ? 'week' : 'month';
  return (
    <>
      <header className="screen__header">
        <div className="screen__title">
          <h1>Calendar</h1>
          <span className="calendar__range muted" aria-live="polite">
            {title}
          </span>
        </div>
        <div className="calendar__actions">
          <Link to="/calendar/notes" className="button button--secondary button--md">
            <NotebookText size={14} aria-hidden="true" /> Search notes
          </Link>
          <IcsButton clientId={clientId || undefined} label={clientId ? 'Export .ics (this client)' : 'Export .ics'} />
          <Button variant="primary" icon={<Plus size={14} />} onClick={onNew}>
            New session <Kbd keys="n" hint />
          </Button>
        </div>
      </header>
      <div className="toolbar calendar__toolbar">
        <Button onClick={onToday}>Today</Button>
        <div className="calendar__step">
          <IconButton label={`Previous ${unit}`} icon={<ChevronLeft size={16} />} onClick={onPrevious} />
          <IconButton label={`Next ${unit}`} icon={<ChevronRight size={16} />} onClick={onNext} />
        </div>
        <SegmentedControl label="Calendar view" value={view} options={VIEWS} onChange={onView} />
        <Select
          className="calendar__client"
          label="Client"
          hideLabel
          options={options}
          value={clientId}
          onChange={(event) => onClient(event.target.value)}
        />
      </div>
    </>
  );
}
