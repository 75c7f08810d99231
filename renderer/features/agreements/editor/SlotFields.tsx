// The weekly call: a weekday, a wall time in a zone, a length, every week or every other.
import { Select } from '../../../components/Select.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { TimeZoneSelect } from '../../../components/TimeZoneSelect.tsx';
import { WEEKDAY_OPTIONS } from '../labels.ts';
import { useDraft } from './draftStore.ts';
import { TermCheckbox, useFieldError } from './fields.tsx';

const INTERVALS = [
  { value: '1', label: 'Every week' },
  { value: '2', label: 'Every two weeks' },
];

export function SlotFields() {
  const hasSlot = useDraft((state) => state.terms.hasSlot);
  const slot = useDraft((state) => state.terms.slot);
  const setSlot = useDraft((state) => state.setSlot);
  const errors = {
    weekday: useFieldError('slot.weekday'),
    time: useFieldError('slot.time'),
    timeZone: useFieldError('slot.timeZone'),
    durationMinutes: useFieldError('slot.durationMinutes'),
    intervalWeeks: useFieldError('slot.intervalWeeks'),
  };
  return (
    <section className="editor-section" aria-labelledby="terms-slot">
      <div className="editor-section__header">
        <h2 id="terms-slot" className="editor-section__title">
          Weekly call
        </h2>
        <TermCheckbox name="hasSlot" label="A regular call" />
      </div>
      {hasSlot ? (
        <div className="form-grid">
          <Select
            label="Weekday"
            options={WEEKDAY_OPTIONS}
            value={slot.weekday}
            error={errors.weekday}
            onChange={(e) => setSlot({ weekday: e.target.value })}
          />
          <TextField
            label="Time"
            placeholder="HH:mm"
            inputMode="numeric"
            autoComplete="off"
            value={slot.time}
            error={errors.time}
            onChange={(e) => setSlot({ time: e.target.value })}
          />
          <TimeZoneSelect
            className="span-2"
            label="Time zone"
            current={slot.timeZone}
            value={slot.timeZone}
            error={errors.timeZone}
            onChange={(e) => setSlot({ timeZone: e.target.value })}
          />
          <TextField
            label="Duration"
            suffix="min"
            inputMode="numeric"
            autoComplete="off"
            value={slot.durationMinutes}
            error={errors.durationMinutes}
            onChange={(e) => setSlot({ durationMinutes: e.target.value })}
          />
          <Select
            label="Repeats"
            options={INTERVALS}
            value={slot.intervalWeeks}
            error={errors.intervalWeeks}
            onChange={(e) => setSlot({ intervalWeeks: e.target.value === '2' ? '2' : '1' })}
          />
        </div>
      ) : (
        <p className="muted">No regular call: sessions are arranged as they come.</p>
      )}
    </section>
  );
}
