// The clause library: built-in clauses and the coach's own, filtered as you type; each
// can be added to the agreement (again, if wanted: it gets its own id).
import { Search } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { type ApiOutput, api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { Badge } from '../../../components/StatusChip.tsx';
import { toast } from '../../../stores/toasts.ts';
import { useDraft } from './draftStore.ts';

type LibraryClause = ApiOutput<'clauses.library'>[number];

export function ClauseLibraryDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [library, setLibrary] = useState<LibraryClause[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const used = useDraft((state) => state.clauses);

  useEffect(() => {
    if (!open) return;
    setFilter('');
    void api.call('clauses.library', {}).then((result) => {
      if (result.ok) setLibrary(result.value);
      else setError(result.error.message);
    });
  }, [open]);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (library ?? []).filter((c) => !needle || c.title.toLowerCase().includes(needle) || c.body.toLowerCase().includes(needle));
  }, [library, filter]);

  const add = (clause: LibraryClause) => {
    useDraft.getState().addClauses([{ id: clause.id, title: clause.title, body: clause.body }]);
    toast(`Added “${clause.title}” at the end`);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Clause library"
      description="Built-in clauses and the ones you saved. Added clauses go to the end; move them where they belong."
      width="lg"
    >
      <div className="library">
        <div className="toolbar__search library__search">
          <Search size={14} className="toolbar__search-icon" aria-hidden="true" />
          <input
            className="input"
            type="search"
            aria-label="Filter clauses"
            placeholder="Filter by title or text"
            data-autofocus
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {library && shown.length === 0 && <p className="muted">No clause matches “{filter}”.</p>}
        <ul className="library__list">
          {shown.map((clause) => {
            const inUse = used.some((c) => c.id === clause.id || (c.title === clause.title && c.body === clause.body));
            return (
              <li key={clause.id} className="library__item">
                <div className="library__text">
                  <span className="library__title">
                    {clause.title} {clause.builtIn ? <Badge>Built-in</Badge> : <Badge tone="accent">Yours</Badge>}
                    {inUse && <Badge tone="success">In this agreement</Badge>}
                  </span>
                  <span className="library__body muted">{clause.body}</span>
                </div>
                <Button size="sm" onClick={() => add(clause)} aria-label={`Add “${clause.title}”`}>
                  Add
                </Button>
              </li>
            );
          })}
        </ul>
      </div>
    </Dialog>
  );
}
