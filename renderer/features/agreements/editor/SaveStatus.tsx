// Where the draft stands: saving, saved, or what keeps it from being saved.
import { Button } from '../../../components/Button.tsx';
import { useDraft } from './draftStore.ts';

export function SaveStatus({ onSave }: { onSave: () => void }) {
  const dirty = useDraft((state) => state.revision !== state.save.savedRevision);
  const saving = useDraft((state) => state.save.saving);
  const message = useDraft((state) => state.save.message);
  const invalid = useDraft((state) => Object.keys(state.save.errors).length > 0 || Object.keys(state.previewErrors).length > 0);
  const text = saving
    ? 'Saving…'
    : message
      ? message
      : !dirty
        ? 'All changes saved'
        : invalid
          ? 'Not saved: fix the marked fields'
          : 'Unsaved changes';
  return (
    <span className="save-status">
      <span
        className={dirty && !saving && (invalid || message) ? 'save-status__text save-status__text--problem' : 'save-status__text muted'}
        role="status"
      >
        {text}
      </span>
      {dirty && !saving && (
        <Button size="sm" variant="ghost" onClick={onSave}>
          Save now
        </Button>
      )}
    </span>
  );
}
