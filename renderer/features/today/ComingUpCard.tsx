import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { formatDate } from '../../lib/format.ts';

type Summary = ApiOutput<'today.summary'>;

interface Item {
  key: string;
  clientId: string;
  clientName: string;
  what: string;
  when: string;
}

/** Agreement dates that need a decision soon; each item opens the client it concerns. */
export function ComingUpCard({ summary }: { summary: Summary }) {
  const items: Item[] = [
    ...summary.noticeDeadlines.map((n) => ({
      key: `notice-${n.agreementId}`,
      clientId: n.clientId,
      clientName: n.clientName,
      what: `${n.title}: last day to give notice${n.renews ? ' before it renews' : ''}`,
      when: `${formatDate(n.noticeDeadline)} · in ${n.daysLeft} day${n.daysLeft === 1 ? '' : 's'}`,
    })),
    ...summary.endingSoon.map((e) => ({
      key: `ending-${e.agreementId}`,
      clientId: e.clientId,
      clientName: e.clientName,
      what: `${e.title}: cancelled, ends`,
      when: formatDate(e.endsOn),
    })),
    ...summary.unsigned.map((u) => ({
      key: `unsigned-${u.agreementId}`,
      clientId: u.clientId,
      clientName: u.clientName,
      what: `${u.title}: proposal not signed yet`,
      when: `sent ${u.daysWaiting} days ago`,
    })),
  ];
  return (
    <Card title="Agreements coming up">
      {items.length === 0 ? (
        <p className="muted">No notice deadlines, cancellations or unsigned proposals in the next 30 days.</p>
      ) : (
        <ul className="list">
          {items.map((item) => (
            <li key={item.key} className="list__row">
              <div className="list__main">
                <Link to={`/clients/${encodeURIComponent(item.clientId)}`} className="list__title" data-private>
                  {item.clientName}
                </Link>
                <span className="list__meta list__meta--wrap muted" data-private>
                  {item.what}
                </span>
              </div>
              <span className="muted num">{item.when}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
