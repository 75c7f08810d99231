// A notification shortly before each call (the desktop app shows it: main/notify.ts). Off
// until the coach turns it on; the lead time is kept while it is off.
import { useId } from 'react';
import { CALL_REMINDER_MINUTES } from '../../../src/domain/reminders.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { namedError } from '../../lib/serverErrors.ts';
import type { Settings } from '../../stores/settings.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface CallReminderValues {
  callReminders: boolean;
  callReminderMinutes: string;
}

const LABELS = {
  callReminders: 'Remind me before each call',
  callReminderMinutes: 'How long before',
};

// The core's bounds (settings.update), checked as the coach types.
const { min, max } = CALL_REMINDER_MINUTES;
const leadTime = (value: string) => {
  const minutes = Number(value);
  if (value.trim() === '') return namedError(LABELS.callReminderMinutes, 'is required');
  return (
    (Number.isInteger(minutes) && minutes >= min && minutes <= max) ||
    namedError(LABELS.callReminderMinutes, `must be a whole number from ${min} to ${max} minutes`)
  );
};

export function CallRemindersSection({ settings }: { settings: Settings }) {
  const { form, formError, onSubmit } = useSettingsForm<CallReminderValues>(
    settings,
    (s) => ({ callReminders: s.callReminders, callReminderMinutes: String(s.callReminderMinutes) }),
    (v) => ({ callReminders: v.callReminders, callReminderMinutes: Number(v.callReminderMinutes) }),
    LABELS,
  );
  const { errors, isDirty, isSubmitting } = form.formState;
  const on = form.watch('callReminders');
  const helpId = useId();
  return (
    <SettingsSection
      id="call-reminders"
      title="Call reminders"
      description="A notification from the desktop app shortly before each call: the regular calls of your agreements and the sessions you book."
    >
      <form className="settings-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <div className="setting-row">
          <div className="setting-row__text">
            <h3>{LABELS.callReminders}</h3>
            <p id={helpId} className="muted">
              Shown while Cadence is open, even in the background. Cadence in a browser does not show them.
            </p>
          </div>
          <label className="switch">
            <input
              type="checkbox"
              // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox with role=switch: the browser exposes its checked state, and ARIA in HTML says not to repeat it with aria-checked.
              role="switch"
              aria-label={LABELS.callReminders}
              aria-describedby={helpId}
              {...form.register('callReminders')}
            />
            <span>{on ? 'On' : 'Off'}</span>
          </label>
        </div>
        <div className="form-grid">
          <TextField
            label={LABELS.callReminderMinutes}
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            suffix="minutes"
            description="Before the call starts. A call booked later than that is reminded of at once."
            error={errors.callReminderMinutes?.message}
            {...form.register('callReminderMinutes', { validate: leadTime })}
          />
        </div>
        <div className="form-actions">
          <Button variant="primary" type="submit" disabled={!isDirty} busy={isSubmitting}>
            Save reminders
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
