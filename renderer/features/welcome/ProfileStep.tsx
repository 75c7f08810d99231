// The short business-profile step after "Start with an empty workspace". Skipping is fine:
// either way the workspace is marked onboarded and Today opens with its first steps.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TimeZoneSelect } from '../../components/TimeZoneSelect.tsx';
import { currencyOptions, localTimeZone } from '../../lib/options.ts';
import { applyServerErrors } from '../../lib/serverErrors.ts';
import { useSettings } from '../../stores/settings.ts';
import { useStatus } from '../../stores/status.ts';

interface ProfileValues {
  businessName: string;
  currency: string;
  timeZone: string;
}

const LABELS: Record<keyof ProfileValues, string> = { businessName: 'Business name', currency: 'Currency', timeZone: 'Your time zone' };

export function ProfileStep({ onBack }: { onBack: () => void }) {
  const settings = useSettings((state) => state.settings);
  const update = useSettings((state) => state.update);
  const [formError, setFormError] = useState<string | null>(null);
  const [skipping, setSkipping] = useState(false);
  // This computer's zone is a better guess than the stored default (UTC).
  const suggestedZone = settings?.timeZone && settings.timeZone !== 'UTC' ? settings.timeZone : localTimeZone();
  const { register, handleSubmit, setError, formState } = useForm<ProfileValues>({
    defaultValues: { businessName: settings?.businessName ?? '', currency: settings?.currency ?? 'EUR', timeZone: suggestedZone },
  });

  const finish = async (patch: Partial<ProfileValues>) => {
    const result = await update({ ...patch, onboarded: true });
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, setError, LABELS));
      return;
    }
    await useStatus.getState().load();
  };

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    await finish({ ...values, businessName: values.businessName.trim() });
  });

  return (
    <form className="welcome__form" noValidate onSubmit={(event) => void submit(event)}>
      <h1 className="welcome__title">Your business</h1>
      <p className="welcome__lead muted">This goes on agreements and invoices. You can change it any time in Settings.</p>
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <TextField
        label={LABELS.businessName}
        placeholder="e.g. Northwind Coaching"
        autoFocus
        error={formState.errors.businessName?.message}
        {...register('businessName')}
      />
      <div className="form-grid">
        <Select
          label={LABELS.currency}
          options={currencyOptions(settings?.currency)}
          error={formState.errors.currency?.message}
          {...register('currency')}
        />
        <TimeZoneSelect
          label={LABELS.timeZone}
          current={suggestedZone}
          error={formState.errors.timeZone?.message}
          {...register('timeZone')}
        />
      </div>
      <div className="welcome__actions">
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
        <span className="spacer" />
        <Button
          busy={skipping}
          onClick={async () => {
            setSkipping(true);
            await finish({});
            setSkipping(false);
          }}
        >
          Skip for now
        </Button>
        <Button variant="primary" type="submit" busy={formState.isSubmitting}>
          Continue
        </Button>
      </div>
    </form>
  );
}
