// Moves one call: a date, a start time (in the coach's zone) and its length. The weekly
// slot stays where it is.
import { useState } from 'react';
import { instantOfWallTime } from '../../../src/domain/slot.ts';
import { TextField } from '../../components/TextField.tsx';
import { wallParts } from './time.ts';
import type { SessionItem } from './types.ts';

export function RescheduleForm({
  id,
  item,
  coachZone,
  onSubmit,
}: {
  id: string;
  item: SessionItem;
  coachZone: string;
  onSubmit: (start: string, plannedMinutes: number) => void;
}) {
  const initial = wallParts(item.start, coachZone);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(String(item.plannedMinutes));
  const [errors, setErrors] = useState<{ when?: string; minutes?: string }>({});

  const submit = () => {
    const start = instantOfWallTime(date, time, coachZone);
    const planned = Number(minutes);
    const next = {
      ...(start ? {} : { when: 'Give a date and a start time' }),
      ...(Number.isInteger(planned) && planned > 0 ? {} : { minutes: 'Minutes must be a whole number above 0' }),
    };
    setErrors(next);
    if (start && !next.minutes) onSubmit(start, planned);
  };

  return (
    <form
      id={id}
      className="form-grid session-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextField
        label="New date"
        type="date"
        data-autofocus
        value={date}
        error={errors.when}
        onChange={(event) => setDate(event.target.value)}
      />
      <TextField label="Start time" type="time" value={time} onChange={(event) => setTime(event.target.value)} />
      <TextField
        label="Length"
        type="number"
        inputMode="numeric"
        min={5}
        step={5}
        suffix="min"
        value={minutes}
        error={errors.minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <p className="muted span-3">
        Only this call moves; the weekly slot stays. Times are in your time zone ({coachZone.replaceAll('_', ' ')}).
      </p>
    </form>
  );
}
