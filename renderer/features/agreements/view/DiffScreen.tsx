// A version next to the one before: the terms that changed, then each clause side by side
// with removed words struck through and added words underlined (and named for screen
// readers), so the difference reads without colour.
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { Badge } from '../../../components/StatusChip.tsx';
import { useLiveQuery } from '../../../lib/useLiveQuery.ts';
import { useScreenReady } from '../../../shell/useScreenReady.ts';
import { agreementPath } from '../labels.ts';
import type { VersionDiff } from '../types.ts';
import '../agreements.css';

type ClauseDiff = VersionDiff['clauses'][number];
const CHANGE_LABELS = { same: 'Unchanged', changed: 'Changed', added: 'Added', removed: 'Removed' } as const;

function Side({ clause, side }: { clause: ClauseDiff; side: 'before' | 'after' }) {
  const parts = clause.parts.filter((part) => (side === 'before' ? !part.added : !part.removed));
  if (parts.length === 0 || parts.every((p) => p.value.trim() === ''))
    return <p className="muted">{side === 'before' ? 'Not in this version' : 'Removed in this version'}</p>;
  return (
    <p className="diff__text">
      {parts.map((part, index) =>
        part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a part of a computed diff has no identity but its place in the text, and holds no state.
          <del key={index} className="diff__removed">
            <span className="visually-hidden">[removed: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <ins key={index} className="diff__added">
            <span className="visually-hidden">[added: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export function DiffScreen() {
  const { agreementId = '', version = '' } = useParams();
  const number = Number(version);
  const diff = useLiveQuery('agreements.diff', { id: agreementId, version: number });
  const [showAll, setShowAll] = useState(false);
  useScreenReady(diff.loaded);
  const back = (
    <Link to={agreementPath(agreementId)} className="back-link">
      <ArrowLeft size={14} aria-hidden="true" /> Agreement
    </Link>
  );
  if (!diff.loaded) return <div className="screen" />;
  if (!diff.data) {
    return (
      <div className="screen screen--page">
        <div className="page">
          {back}
          <EmptyState title="These versions cannot be compared">
            <p>{diff.error?.message}</p>
          </EmptyState>
        </div>
      </div>
    );
  }
  const { terms, clauses, before, after } = diff.data;
  const changedTerms = terms.filter((t) => t.changed);
  const shown = showAll ? clauses : clauses.filter((c) => c.change !== 'same');
  return (
    <div className="screen screen--page">
      <div className="page page--wide">
        {back}
        <header className="screen__header screen__header--page">
          <h1>
            Version {after} compared with version {before}
          </h1>
        </header>
        <p className="diff__legend muted">
          <del className="diff__removed">Struck through</del> was removed; <ins className="diff__added">underlined</ins> was added.
        </p>
        <section className="diff__section" aria-labelledby="diff-terms">
          <h2 id="diff-terms">Terms</h2>
          {changedTerms.length === 0 ? (
            <p className="muted">No term changed.</p>
          ) : (
            <div className="plain-table-wrap">
              <table className="table table--plain diff__terms">
                <caption className="visually-hidden">Changed terms</caption>
                <thead>
                  <tr>
                    <th scope="col">Term</th>
                    <th scope="col">Version {before}</th>
                    <th scope="col">Version {after}</th>
                  </tr>
                </thead>
                <tbody>
                  {changedTerms.map((term) => (
                    <tr key={term.label}>
                      <th scope="row">{term.label}</th>
                      <td>{term.before ?? <span className="muted">—</span>}</td>
                      <td>
                        <strong>{term.after ?? <span className="muted">—</span>}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="diff__section" aria-labelledby="diff-clauses">
          <div className="diff__section-header">
            <h2 id="diff-clauses">Clauses</h2>
            <label className="switch">
              <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
              <span>Show unchanged clauses</span>
            </label>
          </div>
          {shown.length === 0 && <p className="muted">No clause changed.</p>}
          {shown.map((clause) => (
            <article key={clause.id} className="diff__clause" aria-label={`${clause.title}: ${CHANGE_LABELS[clause.change].toLowerCase()}`}>
              <h3 className="diff__clause-title">
                {clause.title}{' '}
                <Badge tone={clause.change === 'same' ? 'neutral' : clause.change === 'removed' ? 'danger' : 'accent'}>
                  {CHANGE_LABELS[clause.change]}
                </Badge>
              </h3>
              <div className="diff__columns">
                <div className="diff__column">
                  <h4 className="diff__column-title">Version {before}</h4>
                  <Side clause={clause} side="before" />
                </div>
                <div className="diff__column">
                  <h4 className="diff__column-title">Version {after}</h4>
                  <Side clause={clause} side="after" />
                </div>
              </div>
            </article>
          ))}
        </section>
      </div>
    </div>
  );
}
