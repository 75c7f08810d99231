// Free notes about the client. Saved on request (button or Ctrl/⌘+Enter), never silently
// dropped: a change made elsewhere does not overwrite what is being typed here.
import { useEffect, useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Textarea } from '../../../components/Textarea.tsx';
import { namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import type { ClientDetail } from '../useClient.ts';

export function NotesTab({ client }: { client: ClientDetail }) {
  const [draft, setDraft] = useState(client.notes);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const dirty = draft !== client.notes;

  // Follow the stored notes while nothing is being edited here.
  const [base, setBase] = useState(client.notes);
  useEffect(() => {
    if (client.notes !== base) {
      if (draft === base) setDraft(client.notes);
      setBase(client.notes);
    }
  }, [client.notes, base, draft]);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    const result = await api.call('clients.update', { id: client.id, notes: draft });
    setSaving(false);
    if (result.ok) toast('Notes saved');
    else setError(result.error.fields?.notes ? namedError('Notes', result.error.fields.notes) : result.error.message);
  };

  return (
    <form
      className="notes"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Textarea
        label="Notes"
        hideLabel
        className="notes__field"
        data-private
        rows={14}
        placeholder="Goals, context, what you agreed last time…"
        value={draft}
        error={error}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <div className="notes__actions">
        <span className="muted" aria-live="polite">
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
        {dirty && (
          <Button onClick={() => setDraft(client.notes)} disabled={saving}>
            Discard
          </Button>
        )}
        <Button variant="primary" type="submit" busy={saving} disabled={!dirty}>
          Save notes
        </Button>
      </div>
    </form>
  );
}
