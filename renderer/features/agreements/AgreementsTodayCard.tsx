// Today's agreements card: notice deadlines in the next 30 days, cancellations taking
// effect, and proposals sent more than 14 days ago without a signature. Each item opens
// the agreement, where it is dealt with.
import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { useFirst } from '../../components/useFirst.tsx';
import { formatDate } from '../../lib/format.ts';
import { comingUpItems } from './ComingUp.tsx';
import { agreementPath } from './labels.ts';
import './agreements.css';

type Summary = ApiOutput<'today.summary'>;

const SHOWN = 8;

export function AgreementsTodayCard({ summary }: { summary: Summary }) {
  const items = [
    ...comingUpItems(summary).map((item) => ({
      key: item.key,
      agreementId: item.agreementId,
      title: `${item.clientName} · ${item.title}`,
      meta: item.detail,
      when: item.what,
    })),
    ...summary.unsigned.map((item) => ({
      key: `unsigned-${item.agreementId}`,
      agreementId: item.agreementId,
      title: `${item.clientName} · ${item.title}`,
      meta: `Proposal sent ${formatDate(item.sentOn)}, not signed yet`,
      when: `waiting ${item.daysWaiting} days`,
    })),
  ];
  const { shown, more } = useFirst(items, SHOWN, 'agreements needing attention');
  return (
    <Card title="Agreements needing attention" aside={<Link to="/agreements">All agreements</Link>}>
      {items.length === 0 ? (
        <p className="muted">No notice deadlines in the next 30 days, and no proposal has waited more than two weeks for a signature.</p>
      ) : (
        <>
          <ul className="list">
            {shown.map((item) => (
              <li key={item.key} className="list__row">
                <div className="list__main">
                  <Link to={agreementPath(item.agreementId)} className="list__title" data-private>
                    {item.title}
                  </Link>
                  <span className="list__meta muted">{item.meta}</span>
                </div>
                <span className="num today-agreements__when">{item.when}</span>
              </li>
            ))}
          </ul>
          {more}
        </>
      )}
    </Card>
  );
}
