// Saves the clauses as a template of this kind, for the next agreement.
import { useEffect, useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import { kindLabel } from '../labels.ts';
import { useDraft } from './draftStore.ts';

export function SaveTemplateDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const kind = useDraft((state) => state.kind);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setName(useDraft.getState().terms.title);
      setError(undefined);
      setFormError(null);
    }
  }, [open]);

  const save = async () => {
    setBusy(true);
    const result = await api.call('templates.save', { name, kind, clauses: useDraft.getState().clauses });
    setBusy(false);
    if (result.ok) {
      toast(`Saved the template “${result.value.name}”`);
      onOpenChange(false);
      return;
    }
    setError(result.error.fields?.name ? namedError('Name', result.error.fields.name) : undefined);
    setFormError(result.error.fields?.name ? null : result.error.message);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Save as template"
      description={`The clauses, in this order, become a ${kindLabel(kind)} template you can start new agreements from. The terms are not part of it.`}
      width="sm"
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="save-template" busy={busy}>
            Save template
          </Button>
        </>
      }
    >
      <form
        id="save-template"
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {formError && (
          <p role="alert" className="form-error">
            {formError}
          </p>
        )}
        <TextField label="Name" data-autofocus autoComplete="off" value={name} error={error} onChange={(e) => setName(e.target.value)} />
      </form>
    </Dialog>
  );
}
