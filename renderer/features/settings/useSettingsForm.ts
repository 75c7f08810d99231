// One settings section = one small form over part of the settings. It shows the stored
// values, keeps what the user is editing when settings change elsewhere, and puts the
// core's field errors under the fields.
import { useState } from 'react';
import { type FieldValues, type Path, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../lib/serverErrors.ts';
import { type Settings, type SettingsPatch, useSettings } from '../../stores/settings.ts';
import { toast } from '../../stores/toasts.ts';

export function useSettingsForm<V extends FieldValues>(
  settings: Settings,
  fromSettings: (settings: Settings) => V,
  toPatch: (values: V) => SettingsPatch,
  labels: Partial<Record<Path<V>, string>>,
) {
  const update = useSettings((state) => state.update);
  const form = useForm<V>({ values: fromSettings(settings), resetOptions: { keepDirtyValues: true } });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await update(toPatch(values));
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, form.setError, labels));
      return;
    }
    form.reset(fromSettings(result.value));
    toast('Settings saved');
  });

  return { form, formError, onSubmit };
}
