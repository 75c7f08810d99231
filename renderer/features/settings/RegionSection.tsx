import { useMemo } from 'react';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TimeZoneSelect } from '../../components/TimeZoneSelect.tsx';
import { currencyOptions } from '../../lib/options.ts';
import type { Settings } from '../../stores/settings.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface RegionValues {
  currency: string;
  timeZone: string;
  paperSize: 'A4' | 'Letter';
}

const LABELS = { currency: 'Currency', timeZone: 'Time zone', paperSize: 'Paper size' };
const PAPER_SIZES = [
  { value: 'A4', label: 'A4 (210 × 297 mm)' },
  { value: 'Letter', label: 'US Letter (8.5 × 11 in)' },
];

export function RegionSection({ settings }: { settings: Settings }) {
  const { form, formError, onSubmit } = useSettingsForm<RegionValues>(
    settings,
    (s) => ({ currency: s.currency, timeZone: s.timeZone, paperSize: s.paperSize }),
    (v) => v,
    LABELS,
  );
  const currencies = useMemo(() => currencyOptions(settings.currency), [settings.currency]);
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSection
      id="region"
      title="Currency, time and paper"
      description="Defaults for new agreements and invoices, and the zone that decides what “today” is."
    >
      <form className="settings-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Select
            label={LABELS.currency}
            options={currencies}
            description="Existing agreements keep their own currency."
            error={errors.currency?.message}
            {...form.register('currency')}
          />
          <Select label={LABELS.paperSize} options={PAPER_SIZES} error={errors.paperSize?.message} {...form.register('paperSize')} />
          <TimeZoneSelect
            className="span-2"
            label={LABELS.timeZone}
            current={settings.timeZone}
            error={errors.timeZone?.message}
            {...form.register('timeZone')}
          />
        </div>
        <div className="form-actions">
          <Button variant="primary" type="submit" disabled={!isDirty} busy={isSubmitting}>
            Save
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
