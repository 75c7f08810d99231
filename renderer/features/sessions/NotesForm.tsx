// Notes of a session whose outcome is already recorded (cancelled, no-show): only the notes change.
import { useState } from 'react';
import { Textarea } from '../../components/Textarea.tsx';
import { saveSessionNotes } from './actions.ts';

export function NotesForm({ id, sessionId, notes, onSaved }: { id: string; sessionId: string; notes: string; onSaved: () => void }) {
  const [draft, setDraft] = useState(notes);
  const [error, setError] = useState<string | undefined>();

  const save = async () => {
    const problem = await saveSessionNotes(sessionId, draft);
    if (problem) setError(problem);
    else onSaved();
  };

  return (
    <form
      id={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Textarea
        label="Notes"
        rows={5}
        data-private
        data-autofocus
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
    </form>
  );
}
