// Create and edit a client. The form checks only that a name is there; everything else is
// the core's to judge, and its field errors appear under the fields they name.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ApiError } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TimeZoneSelect } from '../../components/TimeZoneSelect.tsx';
import { CLIENT_STATUS_OPTIONS } from '../../lib/options.ts';
import { applyServerErrors, namedError } from '../../lib/serverErrors.ts';

export interface ClientFormValues {
  name: string;
  company: string;
  email: string;
  phone: string;
  timeZone: string;
  status: 'active' | 'prospect' | 'archived';
}

const LABELS: Record<keyof ClientFormValues, string> = {
  name: 'Name',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  timeZone: 'Time zone',
  status: 'Status',
};

export interface ClientFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  initial: ClientFormValues;
  /** Saves; answers null on success or the core's error. */
  onSubmit: (values: ClientFormValues) => Promise<ApiError | null>;
}

export function ClientFormDialog({ open, onOpenChange, title, submitLabel, initial, onSubmit }: ClientFormDialogProps) {
  const { register, handleSubmit, setError, reset, formState } = useForm<ClientFormValues>({ defaultValues: initial });
  const [formError, setFormError] = useState<string | null>(null);

  // Every opening starts from the current values, not from the last attempt.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets: `initial` is a fresh object on every render of the caller.
  useEffect(() => {
    if (open) {
      reset(initial);
      setFormError(null);
    }
  }, [open]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const error = await onSubmit(values);
    if (error) setFormError(applyServerErrors(error, setError, LABELS));
  });

  const errors = formState.errors;
  const statusOptions =
    initial.status === 'archived' ? [...CLIENT_STATUS_OPTIONS, { value: 'archived', label: 'Archived' }] : CLIENT_STATUS_OPTIONS;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="client-form" busy={formState.isSubmitting}>
            {submitLabel}
          </Button>
        </>
      }
    >
      {/* noValidate: the browser's own email check would hide the core's message. */}
      <form id="client-form" className="form-grid" noValidate onSubmit={(event) => void submit(event)}>
        {formError && (
          <p role="alert" className="form-error span-2">
            {formError}
          </p>
        )}
        <TextField
          className="span-2"
          label={LABELS.name}
          autoComplete="off"
          data-autofocus
          error={errors.name?.message}
          {...register('name', { validate: (value) => value.trim() !== '' || namedError(LABELS.name, 'is required') })}
        />
        <TextField label={LABELS.company} autoComplete="off" error={errors.company?.message} {...register('company')} />
        <Select label={LABELS.status} options={statusOptions} error={errors.status?.message} {...register('status')} />
        <TextField label={LABELS.email} type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
        <TextField label={LABELS.phone} type="tel" autoComplete="off" error={errors.phone?.message} {...register('phone')} />
        <TimeZoneSelect
          className="span-2"
          label={LABELS.timeZone}
          description="Session times are shown in the client's zone as well as yours."
          current={initial.timeZone}
          error={errors.timeZone?.message}
          {...register('timeZone')}
        />
      </form>
    </Dialog>
  );
}
