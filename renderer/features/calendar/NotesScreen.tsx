// Notes search as a screen of the Calendar area (/calendar/notes?q=…): the query lives in
// the address, so the shell's search can send a query here and Back returns to it.
import { ArrowLeft } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { NotesSearch } from '../sessions/NotesSearch.tsx';

export function NotesScreen() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  useScreenReady(true);
  return (
    <div className="screen screen--page">
      <div className="page page--narrow">
        <Link to="/calendar" className="back-link">
          <ArrowLeft size={14} aria-hidden="true" /> Calendar
        </Link>
        <header className="screen__header screen__header--page">
          <h1>Search notes</h1>
        </header>
        <NotesSearch query={query} onQueryChange={(q) => setParams(q ? { q } : {}, { replace: true })} />
      </div>
    </div>
  );
}
