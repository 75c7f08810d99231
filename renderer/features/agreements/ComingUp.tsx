// The dates in the next 30 days that need a decision: the last day to give notice before
// a term renews (or ends), and cancellations taking effect. The core picks them.
import { CalendarClock } from 'lucide-react';
import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { formatDate } from '../../lib/format.ts';
import { agreementPath } from './labels.ts';

type Summary = ApiOutput<'today.summary'>;

export function comingUpItems(summary: Summary) {
  return [
    ...summary.noticeDeadlines.map((n) => ({
      key: `notice-${n.agreementId}`,
      agreementId: n.agreementId,
      clientName: n.clientName,
      title: n.title,
      when: n.noticeDeadline,
      what: `Notice by ${formatDate(n.noticeDeadline)} (${n.daysLeft === 0 ? 'today' : `in ${n.daysLeft} day${n.daysLeft === 1 ? '' : 's'}`})`,
      detail: `${n.renews ? 'renews' : 'ends'} ${formatDate(n.termEnd)}`,
    })),
    ...summary.endingSoon.map((e) => ({
      key: `ending-${e.agreementId}`,
      agreementId: e.agreementId,
      clientName: e.clientName,
      title: e.title,
      when: e.endsOn,
      what: `Ends ${formatDate(e.endsOn)}`,
      detail: 'cancelled with notice',
    })),
  ].sort((a, b) => a.when.localeCompare(b.when));
}

export function ComingUp({ summary }: { summary: Summary }) {
  const items = comingUpItems(summary);
  return (
    <section className="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading" className="coming-up__title">
        <CalendarClock size={14} aria-hidden="true" /> Next 30 days
      </h2>
      {items.length === 0 ? (
        <p className="muted">No notice deadlines, renewals or endings.</p>
      ) : (
        <ul className="coming-up__list">
          {items.map((item) => (
            <li key={item.key} className="coming-up__item">
              <Link to={agreementPath(item.agreementId)} className="coming-up__link">
                <span className="coming-up__when">{item.what}</span>
                <span className="coming-up__who" data-private>
                  {item.clientName} · {item.title}
                </span>
                <span className="muted">{item.detail}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
