// One clause: its title and text (Markdown: **bold**, *italic*, lists, {{fields}}), moved
// up and down with buttons, removed (undoable), inserted fields, saved to the library.
import { ArrowDown, ArrowUp, BookmarkPlus, Trash2 } from 'lucide-react';
import { memo, useRef } from 'react';
import { api } from '../../../api.ts';
import { IconButton } from '../../../components/IconButton.tsx';
import { Textarea } from '../../../components/Textarea.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { namedError } from '../../../lib/serverErrors.ts';
import { toast } from '../../../stores/toasts.ts';
import { useDraft } from './draftStore.ts';
import { clauseErrorKey } from './errors.ts';
import { MergeFieldMenu } from './MergeFieldMenu.tsx';

function useClauseProblems(clauseId: string): string {
  // Joined into one string so the selector result compares by value.
  return useDraft((state) => {
    const fromDocument = (state.document?.problems ?? []).filter((p) => p.clauseId === clauseId).map((p) => p.message);
    const fromSave = state.save.errors[clauseErrorKey(clauseId)];
    return [...new Set([...fromDocument, ...(fromSave ? [fromSave] : [])])].join('\n');
  });
}

async function saveToLibrary(title: string, body: string): Promise<void> {
  const result = await api.call('clauses.save', { title, body });
  if (result.ok) toast(`Saved “${title}” to your clause library`);
  else toast(result.error.message, { tone: 'danger' });
}

export interface ClauseEditorProps {
  clauseId: string;
  index: number;
  count: number;
  onMove: (clauseId: string, by: -1 | 1) => void;
  onRemove: (clauseId: string) => void;
}

export const ClauseEditor = memo(function ClauseEditor({ clauseId, index, count, onMove, onRemove }: ClauseEditorProps) {
  const clause = useDraft((state) => state.clauses.find((c) => c.id === clauseId));
  const setClause = useDraft((state) => state.setClause);
  const titleError = useDraft(
    (state) => state.previewErrors[clauseErrorKey(clauseId, 'title')] ?? state.save.errors[clauseErrorKey(clauseId, 'title')],
  );
  const bodyError = useDraft(
    (state) => state.previewErrors[clauseErrorKey(clauseId, 'body')] ?? state.save.errors[clauseErrorKey(clauseId, 'body')],
  );
  const problems = useClauseProblems(clauseId);
  const textarea = useRef<HTMLTextAreaElement>(null);
  if (!clause) return null;
  const name = clause.title.trim() || `Clause ${index + 1}`;

  return (
    <li className="clause-editor" data-clause-id={clauseId} aria-label={`Clause ${index + 1}: ${name}`}>
      <div className="clause-editor__header">
        <span className="clause-editor__number" aria-hidden="true">
          {index + 1}
        </span>
        <TextField
          className="clause-editor__title"
          label={`Title of clause ${index + 1}`}
          hideLabel
          autoComplete="off"
          value={clause.title}
          error={titleError ? namedError('Title', titleError) : undefined}
          onChange={(event) => setClause(clauseId, { title: event.target.value })}
        />
        <div className="clause-editor__tools">
          <IconButton
            size="sm"
            label={`Move “${name}” up`}
            data-move="up"
            icon={<ArrowUp size={14} />}
            disabled={index === 0}
            onClick={() => onMove(clauseId, -1)}
          />
          <IconButton
            size="sm"
            label={`Move “${name}” down`}
            data-move="down"
            icon={<ArrowDown size={14} />}
            disabled={index === count - 1}
            onClick={() => onMove(clauseId, 1)}
          />
          <IconButton
            size="sm"
            label={`Save “${name}” to the clause library`}
            icon={<BookmarkPlus size={14} />}
            onClick={() => void saveToLibrary(name, clause.body)}
          />
          <IconButton size="sm" label={`Remove “${name}”`} icon={<Trash2 size={14} />} onClick={() => onRemove(clauseId)} />
        </div>
      </div>
      <Textarea
        ref={textarea}
        className="clause-editor__body"
        label={`Text of “${name}”`}
        hideLabel
        rows={6}
        spellCheck
        value={clause.body}
        // Merge-field problems sit under the text they are about, tied to it for screen readers.
        error={[bodyError ? namedError('Text', bodyError) : '', ...problems.split('\n')].filter(Boolean).join(' · ') || undefined}
        onChange={(event) => setClause(clauseId, { body: event.target.value })}
      />
      <div className="clause-editor__footer">
        <span className="muted clause-editor__hint">**bold**, *italic*, “- ” for a list</span>
        <MergeFieldMenu textarea={textarea} clauseTitle={name} onInsert={(body) => setClause(clauseId, { body })} />
      </div>
    </li>
  );
});
