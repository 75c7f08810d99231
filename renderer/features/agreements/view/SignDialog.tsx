// Mark signed: who accepted, how (a signature on paper or a typed name), and on which day.
// Signing freezes the text as version 1.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { SegmentedControl } from '../../../components/SegmentedControl.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { applyServerErrors, namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import type { AgreementDetail } from '../types.ts';

interface SignValues {
  signedBy: string;
  signedOn: string;
}

const LABELS = { signedBy: 'Signed by', signedOn: 'Signed on' } as const;
const METHODS = [
  { value: 'paper', label: 'Signed on paper' },
  { value: 'typed', label: 'Typed name' },
] as const;

export function SignDialog({
  detail,
  open,
  onOpenChange,
  beforeSign,
}: {
  detail: AgreementDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  beforeSign?: () => Promise<boolean>;
}) {
  const { register, handleSubmit, setError, reset, formState } = useForm<SignValues>();
  const [method, setMethod] = useState<'paper' | 'typed'>('paper');
  const [formError, setFormError] = useState<string | null>(null);

  // Every opening starts from the client's name and today.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form; a refetch of `detail` while it is open must not overwrite what was typed.
  useEffect(() => {
    if (open) {
      reset({ signedBy: detail.client.name, signedOn: detail.today });
      setMethod('paper');
      setFormError(null);
    }
  }, [open]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    if (beforeSign && !(await beforeSign())) {
      setFormError('Some changes are not saved yet: fix the marked fields in the editor first.');
      return;
    }
    const result = await api.call('agreements.sign', {
      id: detail.agreement.id,
      signedBy: values.signedBy,
      method,
      signedOn: values.signedOn,
    });
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, setError, LABELS));
      return;
    }
    onOpenChange(false);
    toast(`Signed by ${values.signedBy}: version 1 is frozen`);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Mark as signed"
      description="The text is frozen as version 1 with a fingerprint (SHA-256). Changes later are amendments."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="sign-form" busy={formState.isSubmitting}>
            Mark as signed
          </Button>
        </>
      }
    >
      <form id="sign-form" className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextField
          label={LABELS.signedBy}
          autoComplete="off"
          data-autofocus
          error={formState.errors.signedBy?.message}
          {...register('signedBy', { validate: (value) => value.trim() !== '' || namedError(LABELS.signedBy, 'is required') })}
        />
        <div className="field">
          <span className="field__label" aria-hidden="true">
            How
          </span>
          <SegmentedControl label="How it was signed" value={method} options={METHODS} onChange={setMethod} />
        </div>
        <TextField label={LABELS.signedOn} type="date" error={formState.errors.signedOn?.message} {...register('signedOn')} />
      </form>
    </Dialog>
  );
}
