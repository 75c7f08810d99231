// Search every note, of clients and of sessions, across clients. Each hit shows its snippet
// with the matches marked (as text: the snippet is never parsed as HTML) and links to where
// the note lives: the session in the calendar, or the client's notes.
import { NotebookText, Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type ApiOutput, api } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatInstant } from '../../lib/format.ts';
import { useSettings } from '../../stores/settings.ts';
import { wallParts } from './time.ts';
import './sessions.css';

type Hit = ApiOutput<'notes.search'>[number];

const DEBOUNCE_MS = 150;

function hitLink(hit: Hit, coachZone: string): string {
  if (hit.ownerType === 'session' && hit.sessionStart) {
    return `/calendar?date=${wallParts(hit.sessionStart, coachZone).date}&open=${encodeURIComponent(hit.ownerId)}`;
  }
  return `/clients/${encodeURIComponent(hit.clientId)}?tab=notes`;
}

export function NotesSearch({ query, onQueryChange }: { query: string; onQueryChange: (query: string) => void }) {
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setHits(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void api.call('notes.search', { query: text }).then((result) => {
        if (stale) return;
        setHits(result.ok ? result.value : []);
        setError(result.ok ? null : result.error.message);
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div className="notes-search">
      <div className="toolbar__search notes-search__field">
        <Search size={14} className="toolbar__search-icon" aria-hidden="true" />
        <input
          className="input"
          type="search"
          aria-label="Search notes"
          placeholder="Words from any client's or session's notes"
          // biome-ignore lint/a11y/noAutofocus: this screen is the search, reached by asking to search notes, so its one field takes the focus.
          autoFocus
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="muted notes-search__count" aria-live="polite">
        {hits === null
          ? 'Type a word or two.'
          : hits.length === 0
            ? 'No notes match.'
            : `${hits.length} ${hits.length === 1 ? 'note matches' : 'notes match'}`}
      </p>
      {hits && hits.length === 0 && <EmptyState icon={<NotebookText size={18} />} title={`Nothing found for “${query.trim()}”`} />}
      {hits && hits.length > 0 && (
        <ul className="list notes-search__list">
          {hits.map((hit) => (
            <li key={`${hit.ownerType}-${hit.ownerId}`} className="list__row notes-search__hit">
              <div className="list__main">
                <Link to={hitLink(hit, coachZone)} className="list__title">
                  <span data-private>{hit.clientName}</span>
                  <span className="muted notes-search__where">
                    {hit.ownerType === 'session' && hit.sessionStart
                      ? ` · session of ${formatInstant(hit.sessionStart, coachZone)}`
                      : ' · client notes'}
                  </span>
                </Link>
                <p className="notes-search__snippet" data-private>
                  {hit.parts.map((part, index) =>
                    // biome-ignore lint/suspicious/noArrayIndexKey: a part of a snippet has no identity but its place in the text, and holds no state.
                    part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
