// The agreement document as the core modelled it: the same model makes the PDF. Every run
// is a text node (never HTML), and a merge field that could not be filled is marked both
// by colour and by a wavy underline with its message, so it reads without colour too.
import clsx from 'clsx';
import { memo, type ReactNode } from 'react';
import { formatDate, formatInstant } from '../../lib/format.ts';
import type { AgreementDoc, DocBlock, DocRun } from './types.ts';

function Runs({ runs }: { runs: readonly DocRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.error) {
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a run of text has no identity but its place in the document, and holds no state, so its position is its key.
            <mark key={index} className="doc__error" title={run.error}>
              {node}
              <span className="visually-hidden"> (problem: {run.error})</span>
            </mark>
          );
        }
        // biome-ignore lint/suspicious/noArrayIndexKey: as above.
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: DocBlock }) {
  if (block.type === 'heading') {
    const Heading = block.level === 1 ? 'h4' : 'h5';
    return (
      <Heading className="doc__subheading">
        <Runs runs={block.runs} />
      </Heading>
    );
  }
  if (block.type === 'list') {
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List className="doc__list">
        {block.items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a list item of the document is its place in the list, and holds no state.
          <li key={index}>
            <Runs runs={item} />
          </li>
        ))}
      </List>
    );
  }
  return (
    <p className="doc__paragraph">
      <Runs runs={block.runs} />
    </p>
  );
}

type DocClause = AgreementDoc['clauses'][number];

// Typing changes one clause; the others keep their rendering.
const ClauseSection = memo(
  function ClauseSection({ clause, number }: { clause: DocClause; number: number }) {
    return (
      <section className="doc__clause" data-clause-id={clause.id}>
        <h3 className="doc__clause-title">
          {number}. {clause.title}
        </h3>
        {clause.blocks.map((block, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a block of a clause is its place in the clause, and holds no state.
          <Block key={index} block={block} />
        ))}
      </section>
    );
  },
  // A partial preview keeps unchanged clauses as the same objects; a full one makes new ones.
  (before, after) =>
    before.number === after.number && (before.clause === after.clause || JSON.stringify(before.clause) === JSON.stringify(after.clause)),
);

export function DocumentView({ document, timeZone, className }: { document: AgreementDoc; timeZone: string; className?: string }) {
  const { acceptance } = document;
  return (
    <article className={clsx('doc', className)} aria-label="Agreement document" data-private>
      <header className="doc__header">
        {document.business.logoDataUrl && <img className="doc__logo" src={document.business.logoDataUrl} alt="" />}
        <p className="doc__business">{document.business.name || 'Your business'}</p>
        <h2 className="doc__title">{document.title}</h2>
        <p className="doc__subtitle">{document.subtitle}</p>
        <p className="doc__parties">
          Prepared for <strong>{document.client.name}</strong>
          {document.client.company ? `, ${document.client.company}` : ''}
        </p>
      </header>
      <table className="doc__terms">
        <caption className="visually-hidden">Terms</caption>
        <tbody>
          {document.terms.map((term) => (
            <tr key={term.label}>
              <th scope="row">{term.label}</th>
              <td>{term.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {document.clauses.map((clause, index) => (
        <ClauseSection key={clause.id} clause={clause} number={index + 1} />
      ))}
      <footer className="doc__signatures">
        {document.signatures.map((signature) => (
          <div key={signature.role} className="doc__signature">
            <span className="doc__signature-line" aria-hidden="true" />
            <span className="doc__signature-role">{signature.role}</span>
            <span>{signature.name}</span>
          </div>
        ))}
      </footer>
      {acceptance && (
        <p className="doc__acceptance">
          Version {acceptance.version}, effective {formatDate(acceptance.effectiveDate)}. Accepted by {acceptance.signedBy} (
          {acceptance.method === 'typed' ? 'typed name' : 'on paper'}) on {formatInstant(acceptance.signedAt, timeZone)}. SHA-256{' '}
          {acceptance.contentHash.slice(0, 16)}…
        </p>
      )}
    </article>
  );
}
