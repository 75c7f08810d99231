// Rules of thumb the core uses: late cancellation, payment terms, and the two forecast
// assumptions. Probabilities are stored 0–1 and shown as percentages.
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { namedError } from '../../lib/serverErrors.ts';
import type { Settings } from '../../stores/settings.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface DefaultsValues {
  lateCancelHours: string;
  paymentTermsDays: string;
  annualRetention: string;
  winProbability: string;
}

const LABELS = {
  lateCancelHours: 'Late cancellation',
  paymentTermsDays: 'Payment terms',
  annualRetention: 'Annual retention',
  winProbability: 'Proposal win rate',
};

const toPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

const required = (label: string) => (value: string) => value.trim() !== '' || namedError(label, 'is required');
const percent = (label: string) => (value: string) => {
  const n = number(value);
  if (value.trim() === '') return namedError(label, 'is required');
  return (Number.isFinite(n) && n >= 0 && n <= 100) || namedError(label, 'must be between 0 and 100 %');
};

export function DefaultsSection({ settings }: { settings: Settings }) {
  const { form, formError, onSubmit } = useSettingsForm<DefaultsValues>(
    settings,
    (s) => ({
      lateCancelHours: String(s.lateCancelHours),
      paymentTermsDays: String(s.paymentTermsDays),
      annualRetention: toPercent(s.annualRetention),
      winProbability: toPercent(s.winProbability),
    }),
    (v) => ({
      lateCancelHours: number(v.lateCancelHours),
      paymentTermsDays: number(v.paymentTermsDays),
      annualRetention: number(v.annualRetention) / 100,
      winProbability: number(v.winProbability) / 100,
    }),
    LABELS,
  );
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSection
      id="defaults"
      title="Defaults"
      description="Used for new agreements and in the revenue forecast. Each agreement can still say otherwise."
    >
      <form className="settings-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <TextField
            label={LABELS.lateCancelHours}
            type="number"
            inputMode="numeric"
            suffix="hours"
            description="A cancellation later than this before the session counts as used."
            error={errors.lateCancelHours?.message}
            {...form.register('lateCancelHours', { validate: required(LABELS.lateCancelHours) })}
          />
          <TextField
            label={LABELS.paymentTermsDays}
            type="number"
            inputMode="numeric"
            suffix="days"
            description="Invoices are due this many days after they are issued."
            error={errors.paymentTermsDays?.message}
            {...form.register('paymentTermsDays', { validate: required(LABELS.paymentTermsDays) })}
          />
          <TextField
            label={LABELS.annualRetention}
            type="number"
            inputMode="decimal"
            step="any"
            suffix="%"
            description="How many of your clients renew each year."
            error={errors.annualRetention?.message}
            {...form.register('annualRetention', { validate: percent(LABELS.annualRetention) })}
          />
          <TextField
            label={LABELS.winProbability}
            type="number"
            inputMode="decimal"
            step="any"
            suffix="%"
            description="How often a sent proposal gets signed."
            error={errors.winProbability?.message}
            {...form.register('winProbability', { validate: percent(LABELS.winProbability) })}
          />
        </div>
        <div className="form-actions">
          <Button variant="primary" type="submit" disabled={!isDirty} busy={isSubmitting}>
            Save defaults
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
