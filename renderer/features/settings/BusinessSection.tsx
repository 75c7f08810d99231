import { Button } from '../../components/Button.tsx';
import { Textarea } from '../../components/Textarea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { Settings } from '../../stores/settings.ts';
import { LogoField } from './LogoField.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettingsForm } from './useSettingsForm.ts';

interface BusinessValues {
  businessName: string;
  businessAddress: string;
}

const LABELS = { businessName: 'Business name', businessAddress: 'Address' };

export function BusinessSection({ settings }: { settings: Settings }) {
  const { form, formError, onSubmit } = useSettingsForm<BusinessValues>(
    settings,
    (s) => ({ businessName: s.businessName, businessAddress: s.businessAddress }),
    (v) => ({ businessName: v.businessName.trim(), businessAddress: v.businessAddress }),
    LABELS,
  );
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSection id="business" title="Business profile" description="Printed at the top of your agreements and invoices.">
      <form className="settings-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextField
          label={LABELS.businessName}
          placeholder="e.g. Northwind Coaching"
          error={errors.businessName?.message}
          {...form.register('businessName')}
        />
        <Textarea
          label={LABELS.businessAddress}
          rows={3}
          placeholder={'Street and number\nPostcode and city\nCountry'}
          error={errors.businessAddress?.message}
          {...form.register('businessAddress')}
        />
        <div className="form-actions">
          <Button variant="primary" type="submit" disabled={!isDirty} busy={isSubmitting}>
            Save profile
          </Button>
        </div>
      </form>
      <LogoField logoDataUrl={settings.logoDataUrl} />
    </SettingsSection>
  );
}
