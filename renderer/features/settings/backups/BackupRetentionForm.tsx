// How many backups are kept: every one of the last day up to a number, then one a day, then
// one a week. Fewer keeps the folder small; more reaches further back.
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { namedError } from '../../../lib/serverErrors.ts';
import type { Settings } from '../../../stores/settings.ts';
import { useSettingsForm } from '../useSettingsForm.ts';

interface RetentionValues {
  backupRetention: { recent: string; daily: string; weekly: string };
}

const LABELS = {
  'backupRetention.recent': 'Of the last day, keep up to',
  'backupRetention.daily': 'Then one a day for',
  'backupRetention.weekly': 'Then one a week for',
} as const;

const whole = (label: string, min: number) => (value: string) => {
  if (value.trim() === '') return namedError(label, 'is required');
  const n = Number(value);
  return (
    (Number.isInteger(n) && n >= min) ||
    namedError(label, min === 0 ? 'must be a whole number, 0 or more' : `must be a whole number, ${min} or more`)
  );
};

export function BackupRetentionForm({ settings }: { settings: Settings }) {
  const { form, formError, onSubmit } = useSettingsForm<RetentionValues>(
    settings,
    (s) => ({
      backupRetention: {
        recent: String(s.backupRetention.recent),
        daily: String(s.backupRetention.daily),
        weekly: String(s.backupRetention.weekly),
      },
    }),
    (v) => ({
      backupRetention: {
        recent: Number(v.backupRetention.recent),
        daily: Number(v.backupRetention.daily),
        weekly: Number(v.backupRetention.weekly),
      },
    }),
    LABELS,
  );
  const { errors, isDirty, isSubmitting } = form.formState;
  const fieldErrors = errors.backupRetention;
  return (
    <form className="settings-form backup-retention" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>How many are kept</h3>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <div className="backup-retention__fields">
        <TextField
          label={LABELS['backupRetention.recent']}
          type="number"
          inputMode="numeric"
          suffix="backups"
          error={fieldErrors?.recent?.message}
          {...form.register('backupRetention.recent', { validate: whole(LABELS['backupRetention.recent'], 1) })}
        />
        <TextField
          label={LABELS['backupRetention.daily']}
          type="number"
          inputMode="numeric"
          suffix="days"
          error={fieldErrors?.daily?.message}
          {...form.register('backupRetention.daily', { validate: whole(LABELS['backupRetention.daily'], 0) })}
        />
        <TextField
          label={LABELS['backupRetention.weekly']}
          type="number"
          inputMode="numeric"
          suffix="weeks"
          error={fieldErrors?.weekly?.message}
          {...form.register('backupRetention.weekly', { validate: whole(LABELS['backupRetention.weekly'], 0) })}
        />
      </div>
      <p className="muted">
        Damaged copies are never counted, so they can never push a good one out. Cadence deletes only its own backups.
      </p>
      <div className="form-actions">
        <Button type="submit" disabled={!isDirty} busy={isSubmitting}>
          Save
        </Button>
      </div>
    </form>
  );
}
