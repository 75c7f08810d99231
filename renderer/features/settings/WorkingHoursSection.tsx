// When the coach works, per weekday: the calendar shades these hours, the capacity panel
// counts them as available and "free every week" looks for room inside them.
import { Plus, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatMinutes } from '../../lib/format.ts';
import { useSettings, type Settings } from '../../stores/settings.ts';
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
const MAX_RANGES = 4;
const NEW_RANGE: Range = ['09:00', '17:00'];

function fromSettings(settings: Settings): Hours {
  return Object.fromEntries(DAYS.map(({ day }) => [day, (settings.workingHours[day] ?? []).map(([from, to]) => [from, to])])) as Hours;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Each range's problem, by "day.index", in the words the field shows. */
export function rangeErrors(hours: Hours): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { day, name } of DAYS) {
    const ranges = hours[day];
    ranges.forEach(([from, to], index) => {
      const key = `${day}.${index}`;
      if (!/^\d{2}:\d{2}$/.test(from) || !/^\d{2}:\d{2}$/.test(to)) errors[key] = `${name}: enter both times`;
      else if (minutesOf(to) <= minutesOf(from)) errors[key] = `${name}: must end after it starts`;
      else if (
        ranges.some(
          ([otherFrom, otherTo], other) => other !== index && minutesOf(from) < minutesOf(otherTo) && minutesOf(otherFrom) < minutesOf(to),
        )
      ) {
        errors[key] = `${name}: overlaps another range`;
      }
    });
  }
  return errors;
}

function weeklyMinutes(hours: Hours): number {
  return DAYS.reduce(
    (sum, { day }) => sum + hours[day].reduce((daySum, [from, to]) => daySum + Math.max(0, minutesOf(to) - minutesOf(from)), 0),
    0,
  );
}

export function WorkingHoursSection({ settings }: { settings: Settings }) {
  const update = useSettings((state) => state.update);
  const [hours, setHours] = useState<Hours>(() => fromSettings(settings));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  // Stored hours changed elsewhere (another window, an import): show them unless editing.
  useEffect(() => {
    if (!dirty) setHours(fromSettings(settings));
  }, [settings, dirty]);

  const change = (day: Day, ranges: Range[]) => {
    setHours((current) => ({ ...current, [day]: ranges }));
    setDirty(true);
  };
  const errors = rangeErrors(hours);

  const save = async () => {
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setShowErrors(true);
      return;
    }
    setSaving(true);
    const workingHours = Object.fromEntries(
      DAYS.filter(({ day }) => hours[day].length > 0).map(({ day }) => [
        day,
        [...hours[day]].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0])),
      ]),
    );
    const result = await update({ workingHours });
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.fields ? Object.values(result.error.fields).join('; ') : result.error.message);
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
                    const error = showErrors ? errors[`${day}.${index}`] : undefined;
                    const which = ranges.length > 1 ? ` (${index + 1})` : '';
                    return (
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
                {ranges.length > 0 && ranges.length < MAX_RANGES && (
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
          <span className="muted">{formatMinutes(weeklyMinutes(hours))} a week</span>
          <Button variant="primary" type="submit" disabled={!dirty} busy={saving}>
            Save working hours
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
