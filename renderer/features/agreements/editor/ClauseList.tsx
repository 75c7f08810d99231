// The clauses of the agreement, in order: add from the library or blank, reorder with the
// buttons (focus follows the clause), remove with undo, save the set as a template.
import { FilePlus, LibraryBig, Save } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../../components/Button.tsx';
import { toast } from '../../../stores/toasts.ts';
import { ClauseEditor } from './ClauseEditor.tsx';
import { ClauseLibraryDialog } from './ClauseLibraryDialog.tsx';
import { useDraft } from './draftStore.ts';
import { SaveTemplateDialog } from './SaveTemplateDialog.tsx';

export function ClauseList() {
  const ids = useDraft(useShallow((state) => state.clauses.map((c) => c.id)));
  const mode = useDraft((state) => state.mode);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; by: -1 | 1 } | null>(null);

  // Moving re-orders the DOM, which drops focus: put it back on the same button (or on
  // the other one when the clause reached an end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const item = document.querySelector(`[data-clause-id="${CSS.escape(focusAfterMove.id)}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`button[data-move="${focusAfterMove.by < 0 ? 'up' : 'down'}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`button[data-move="${focusAfterMove.by < 0 ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const onMove = useCallback((id: string, by: -1 | 1) => {
    useDraft.getState().moveClause(id, by);
    setFocusAfterMove({ id, by });
  }, []);

  const onRemove = useCallback((id: string) => {
    const { clauses, removeClause } = useDraft.getState();
    const index = clauses.findIndex((c) => c.id === id);
    const removed = clauses[index];
    if (!removed) return;
    removeClause(id);
    toast(`Removed “${removed.title}”`, {
      action: {
        label: 'Undo',
        run: () => {
          const state = useDraft.getState();
          if (state.clauses.some((c) => c.id === id)) return;
          const next = [...state.clauses];
          next.splice(Math.min(index, next.length), 0, removed);
          useDraft.setState({ clauses: next, revision: state.revision + 1 });
        },
      },
    });
  }, []);

  const addBlank = () => {
    const id = `clause-${Date.now().toString(36)}`;
    useDraft.getState().addClauses([{ id, title: 'New clause', body: '' }]);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-clause-id="${id}"] input`)?.select());
  };

  return (
    <section className="editor-section" aria-labelledby="clauses-heading">
      <div className="editor-section__header">
        <h2 id="clauses-heading" className="editor-section__title">
          Clauses
        </h2>
        <div className="editor-section__actions">
          <Button size="sm" icon={<LibraryBig size={14} />} onClick={() => setLibraryOpen(true)}>
            Add from library
          </Button>
          <Button size="sm" icon={<FilePlus size={14} />} onClick={addBlank}>
            Blank clause
          </Button>
          {mode === 'draft' && (
            <Button size="sm" variant="ghost" icon={<Save size={14} />} onClick={() => setTemplateOpen(true)} disabled={ids.length === 0}>
              Save as template
            </Button>
          )}
        </div>
      </div>
      {ids.length === 0 ? (
        <p className="muted">No clauses yet. Add some from the library, or start a blank one.</p>
      ) : (
        <ol className="clause-list">
          {ids.map((id, index) => (
            <ClauseEditor key={id} clauseId={id} index={index} count={ids.length} onMove={onMove} onRemove={onRemove} />
          ))}
        </ol>
      )}
      <ClauseLibraryDialog open={libraryOpen} onOpenChange={setLibraryOpen} />
      <SaveTemplateDialog open={templateOpen} onOpenChange={setTemplateOpen} />
    </section>
  );
}
