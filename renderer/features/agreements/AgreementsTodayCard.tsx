// Today's agreements card: notice deadlines in the next 30 days, cancellations taking
// effect, and proposals sent more than 14 days ago without a signature. Each item opens
// the agreement, where it is dealt with.
import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { formatDate } from '../../lib/format.ts';
import { comingUpItems } from './ComingUp.tsx';
import { agreementPath } from './labels.ts';
import './agreements.css';

type Summary = ApiOutput<'today.summary'>;

export function AgreementsTodayCard({ summary }: { summary: Summary }) {
  const dated = comingUpItems(summary);
  const unsigned = summary.unsigned;
  return (
    <Card title="Agreements needing attention" aside={<Link to="/agreements">All agreements</Link>}>
      {dated.length === 0 && unsigned.length === 0 ? (
        <p className="muted">No notice deadlines in the next 30 days, and no proposal has waited more than two weeks for a signature.</p>
      ) : (
        <ul className="list">
          {dated.map((item) => (
            <li key={item.key} className="list__row">
              <div className="list__main">
                <Link to={agreementPath(item.agreementId)} className="list__title" data-private>
                  {item.clientName} · {item.title}
                </Link>
                <span className="list__meta muted">{item.then}</span>
              </div>
              <span className="num today-agreements__when">{item.what}</span>
            </li>
          ))}
          {unsigned.map((item) => (
            <li key={`unsigned-${item.agreementId}`} className="list__row">
              <div className="list__main">
                <Link to={agreementPath(item.agreementId)} className="list__title" data-private>
                  {item.clientName} · {item.title}
                </Link>
                <span className="list__meta muted">Proposal sent {formatDate(item.sentOn)}, not signed yet</span>
              </div>
              <span className="num today-agreements__when">waiting {item.daysWaiting} days</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
