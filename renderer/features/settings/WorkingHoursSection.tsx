// When the coach works, per weekday: the calendar shades these hours, the capacity panel
// counts them as available and "free every week" looks for room inside them. The rules
// (times, order, no overlap) are the domain's: checked here as the coach saves, and again
// by settings.update, whose field errors show under the ranges they name.
import { Plus, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { MAX_RANGES_PER_DAY, weeklyWorkingMinutes, workingHoursProblems } from '../../../src/domain/working-hours.ts';
import { Button } from '../../components/Button.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatMinutes } from '../../lib/format.ts';
import { type Settings, useSettings } from '../../stores/settings.ts';
import { toast } from '../../stores/toasts.ts';
import { SettingsSection } from './SettingsSection.tsx';

type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7';
type Range = [string, string];
type Hours = Record<Day, Range[]>;

const DAYS: readonly { day: Day; name: string }[] = [
  { day: '1', name: 'Monday' },
  { day: '2', name: 'Tuesday' },
  { day: '3', name: 'Wednesday' },
  { day: '4', name: 'Thursday' },
  { day: '5', name: 'Friday' },
  { day: '6', name: 'Saturday' },
  { day: '7', name: 'Sunday' },
];
const NEW_RANGE: Range = ['09:00', '17:00'];

function fromSettings(settings: Settings): Hours {
  return Object.fromEntries(DAYS.map(({ day }) => [day, (settings.workingHours[day] ?? []).map(([from, to]) => [from, to])])) as Hours;
}

const DAY_NAMES: Record<string, string> = Object.fromEntries(DAYS.map(({ day, name }) => [day, name]));

/** What the field of each range shows, by "day[index]" ("day" for the day as a whole), from the domain's rule. */
function rangeErrors(hours: Hours): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { day, range, message } of workingHoursProblems(hours)) {
    errors[range === null ? day : `${day}[${range}]`] = `${DAY_NAMES[day] ?? day}: ${message}`;
  }
  return errors;
}

/** The core's field errors ("workingHours.3[1]") in the form's words, by "day[index]". */
function coreErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^workingHours\.(\d)(\[\d+\])?/.exec(field);
    if (match) errors[`${match[1]}${match[2] ?? ''}`] = `${DAY_NAMES[match[1]!] ?? match[1]}: ${message}`;
  }
  return errors;
}

export function WorkingHoursSection({ settings }: { settings: Settings }) {
  const update = useSettings((state) => state.update);
  const [hours, setHours] = useState<Hours>(() => fromSettings(settings));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  /** What the core said about the last save, by "day[index]", until the next edit. */
  const [savedErrors, setSavedErrors] = useState<Record<string, string>>({});

  // Stored hours changed elsewhere (another window, an import): show them unless editing.
  useEffect(() => {
    if (!dirty) setHours(fromSettings(settings));
  }, [settings, dirty]);

  const change = (day: Day, ranges: Range[]) => {
    setHours((current) => ({ ...current, [day]: ranges }));
    setDirty(true);
    setSavedErrors({});
  };
  const errors = rangeErrors(hours);

  const save = async () => {
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setShowErrors(true);
      const wholeDays = Object.entries(errors).filter(([key]) => !key.includes('['));
      if (wholeDays.length > 0) setFormError(wholeDays.map(([, message]) => message).join('; '));
      return;
    }
    setSaving(true);
    // Saved in order of their start, and shown in that order too, so a range the core names
    // by its place is the range shown there.
    const sorted = Object.fromEntries(DAYS.map(({ day }) => [day, [...hours[day]].sort((a, b) => a[0].localeCompare(b[0]))])) as Hours;
    setHours(sorted);
    const workingHours = Object.fromEntries(DAYS.filter(({ day }) => sorted[day].length > 0).map(({ day }) => [day, sorted[day]]));
    const result = await update({ workingHours });
    setSaving(false);
    if (!result.ok) {
      const placed = coreErrors(result.error.fields ?? {});
      setSavedErrors(placed);
      setShowErrors(true);
      const unplaced = Object.entries(placed)
        .filter(([key]) => !key.includes('['))
        .map(([, message]) => message);
      setFormError(Object.keys(placed).length === 0 ? result.error.message : unplaced.length > 0 ? unplaced.join('; ') : null);
      return;
    }
    setDirty(false);
    setShowErrors(false);
    setHours(fromSettings(result.value));
    toast('Working hours saved');
  };

  return (
    <SettingsSection
      id="working-hours"
      title="Working hours"
      description="The calendar shades them, capacity counts them as available, and free weekly times are found inside them."
    >
      <form
        className="settings-form working-hours"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <ul className="working-hours__days">
          {DAYS.map(({ day, name }) => {
            const ranges = hours[day];
            return (
              <li key={day} className="working-hours__day">
                <label className="switch working-hours__name">
                  <input
                    type="checkbox"
                    checked={ranges.length > 0}
                    onChange={(event) => change(day, event.target.checked ? [NEW_RANGE] : [])}
                  />
                  <span>{name}</span>
                </label>
                <div className="working-hours__ranges">
                  {ranges.length === 0 && <span className="muted">Not working</span>}
                  {ranges.map(([from, to], index) => {
                    const error = showErrors ? (savedErrors[`${day}[${index}]`] ?? errors[`${day}[${index}]`]) : undefined;
                    const which = ranges.length > 1 ? ` (${index + 1})` : '';
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a range is its place in the day: its labels and the field errors ("day.index") go by position, and its inputs are controlled, so no range keeps state of its own.
                      <div key={index} className="working-hours__range">
                        <TextField
                          type="time"
                          label={`${name} from${which}`}
                          hideLabel
                          value={from}
                          error={error}
                          onChange={(event) =>
                            change(
                              day,
                              ranges.map((range, i) => (i === index ? [event.target.value, range[1]] : range)),
                            )
                          }
                        />
                        <span className="muted" aria-hidden="true">
                          to
                        </span>
                        <TextField
                          type="time"
                          label={`${name} until${which}`}
                          hideLabel
                          value={to}
                          onChange={(event) =>
                            change(
                              day,
                              ranges.map((range, i) => (i === index ? [range[0], event.target.value] : range)),
                            )
                          }
                        />
                        <IconButton
                          size="sm"
                          icon={<X size={14} />}
                          label={`Remove ${name} ${from}–${to}`}
                          onClick={() =>
                            change(
                              day,
                              ranges.filter((_, i) => i !== index),
                            )
                          }
                        />
                      </div>
                    );
                  })}
                </div>
                {ranges.length > 0 && ranges.length < MAX_RANGES_PER_DAY && (
                  <IconButton
                    size="sm"
                    icon={<Plus size={14} />}
                    label={`Add a range on ${name}`}
                    onClick={() => change(day, [...ranges, ['13:00', '17:00']])}
                  />
                )}
              </li>
            );
          })}
        </ul>
        <div className="form-actions working-hours__actions">
          <span className="muted">{formatMinutes(weeklyWorkingMinutes(hours))} a week</span>
          <Button variant="primary" type="submit" disabled={!dirty} busy={saving}>
            Save working hours
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
