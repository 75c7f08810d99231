// After a call, in three actions: the minutes arrive pre-filled (planned, or what was
// logged before) and selected, so typing adjusts them; Tab to the notes; Enter or Save.
import { useState } from 'react';
import { Select } from '../../components/Select.tsx';
import { Textarea } from '../../components/Textarea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { KIND_OPTIONS, type SessionItem, type SessionKind } from './types.ts';

export interface LogValues {
  actualMinutes: number;
  kind: SessionKind;
  notes: string;
}

export function LogForm({ id, item, onSubmit }: { id: string; item: SessionItem; onSubmit: (values: LogValues) => void }) {
  const [minutes, setMinutes] = useState(String(item.actualMinutes ?? item.plannedMinutes));
  const [kind, setKind] = useState<SessionKind>(item.kind);
  const [notes, setNotes] = useState(item.notes);
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const value = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(value) || value < 0) {
      setError('Minutes must be a whole number, 0 or more');
      return;
    }
    setError(undefined);
    onSubmit({ actualMinutes: value, kind, notes });
  };

  return (
    <form
      id={id}
      className="form-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextField
        label="Minutes"
        type="number"
        inputMode="numeric"
        min={0}
        step={5}
        suffix="min"
        data-autofocus
        value={minutes}
        error={error}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <Select label="Kind" options={KIND_OPTIONS} value={kind} onChange={(event) => setKind(event.target.value as SessionKind)} />
      <Textarea
        className="span-2"
        label="Notes"
        description="Ctrl+Enter saves."
        rows={5}
        data-private
        placeholder="What you covered, what was agreed, what comes next…"
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
    </form>
  );
}
