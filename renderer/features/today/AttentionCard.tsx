// Monday morning: retainers whose period's time is running out, from the core's today
// summary, each opening its client (the usage ledger is on their page). Notice deadlines and
// unsigned proposals have the agreements card (they are dealt with on the agreement), and
// overdue invoices their own card (it opens the invoice, where a payment is recorded).
import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { useFirst } from '../../components/useFirst.tsx';
import { formatDate } from '../../lib/format.ts';

type Summary = ApiOutput<'today.summary'>;

const SHOWN = 6;

export function AttentionCard({ summary }: { summary: Summary }) {
  const warnings = useFirst(summary.usageWarnings, SHOWN, 'retainers running out');
  return (
    <Card title="Retainers running out">
      {summary.usageWarnings.length === 0 ? (
        <p className="muted">No retainer has used 80 % of this period's time.</p>
      ) : (
        <>
          <ul className="list">
            {warnings.shown.map((u) => (
              <li key={u.agreementId} className="list__row">
                <div className="list__main">
                  <Link to={`/clients/${encodeURIComponent(u.clientId)}`} className="list__title" data-private>
                    {u.clientName}
                  </Link>
                  <span className="list__meta list__meta--wrap muted" data-private>
                    {Math.round(u.usedShare * 100)} % of this period's time used; the period ends {formatDate(u.periodEnd)}
                  </span>
                </div>
                <span className="num attention__when">{u.level >= 100 ? 'Used up' : 'Over 80 %'}</span>
              </li>
            ))}
          </ul>
          {warnings.more}
        </>
      )}
    </Card>
  );
}
