// Confirms an amendment: from when it applies and who accepted it. The core freezes the
// changed text as the next version.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { SegmentedControl } from '../../../components/SegmentedControl.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../lib/format.ts';
import { applyServerErrors, namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import { agreementPath } from '../labels.ts';
import type { AgreementDetail } from '../types.ts';
import { useDraft } from './draftStore.ts';
import { normaliseFields } from './errors.ts';
import { termsPatch } from './terms.ts';

interface AmendValues {
  effectiveDate: string;
  signedBy: string;
}

const LABELS = { effectiveDate: 'Effective date', signedBy: 'Accepted by' } as const;
const METHODS = [
  { value: 'paper', label: 'Signed on paper' },
  { value: 'typed', label: 'Typed name' },
] as const;

export function AmendDialog({
  detail,
  open,
  onOpenChange,
}: {
  detail: AgreementDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const { register, handleSubmit, setError, reset, formState } = useForm<AmendValues>();
  const [method, setMethod] = useState<'paper' | 'typed'>('typed');
  const [formError, setFormError] = useState<string | null>(null);
  const next = detail.versions.length + 1;

  // Every opening starts from today and the client's name.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form; a refetch of `detail` while it is open must not overwrite what was typed.
  useEffect(() => {
    if (open) {
      reset({ effectiveDate: detail.today, signedBy: detail.client.name });
      setFormError(null);
    }
  }, [open]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const state = useDraft.getState();
    const { patch, errors } = termsPatch(state.terms, state.kind);
    if (Object.keys(errors).length > 0) {
      setFormError('Some terms cannot be read: fix the marked fields first.');
      return;
    }
    const result = await api.call('agreements.amend', { id: detail.agreement.id, ...values, method, ...patch, clauses: state.clauses });
    if (!result.ok) {
      // Errors about terms or clauses belong in the editor; the dialog says where to look.
      const own = Object.fromEntries(Object.entries(result.error.fields ?? {}).filter(([field]) => field in LABELS));
      const rest = Object.fromEntries(Object.entries(result.error.fields ?? {}).filter(([field]) => !(field in LABELS)));
      if (Object.keys(rest).length > 0) state.setSave({ errors: normaliseFields(rest, state.clauses) });
      const leftover = applyServerErrors({ ...result.error, fields: own }, setError, LABELS);
      setFormError(Object.keys(rest).length > 0 ? `${result.error.message} The marked fields in the editor say more.` : leftover);
      return;
    }
    onOpenChange(false);
    toast(`Version ${next} is in force from ${formatDate(values.effectiveDate)}`);
    navigate(agreementPath(detail.agreement.id));
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Sign the amendment as version ${next}`}
      description="The changed text is frozen as a new version. Earlier versions stay on record and can be downloaded."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Back to editing</Button>
          <Button variant="primary" type="submit" form="amend-form" busy={formState.isSubmitting}>
            Save version {next}
          </Button>
        </>
      }
    >
      <form id="amend-form" className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextField
          label={LABELS.effectiveDate}
          type="date"
          data-autofocus
          error={formState.errors.effectiveDate?.message}
          {...register('effectiveDate')}
        />
        <TextField
          label={LABELS.signedBy}
          autoComplete="off"
          error={formState.errors.signedBy?.message}
          {...register('signedBy', { validate: (value) => value.trim() !== '' || namedError(LABELS.signedBy, 'is required') })}
        />
        <div className="field">
          <span className="field__label" aria-hidden="true">
            How
          </span>
          <SegmentedControl label="How it was accepted" value={method} options={METHODS} onChange={setMethod} />
        </div>
      </form>
    </Dialog>
  );
}
