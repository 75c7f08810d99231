// Monday morning: what needs a decision or a nudge, from the core's today summary. Each
// item opens the client it concerns. Overdue invoices have their own card (it opens the
// invoice, where a payment is recorded).
import type { ReactNode } from 'react';
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
  when: ReactNode;
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function groups(summary: Summary): { title: string; items: Item[] }[] {
  return [
    {
      title: 'Retainers running out',
      items: summary.usageWarnings.map((u) => ({
        key: `usage-${u.agreementId}`,
        clientId: u.clientId,
        clientName: u.clientName,
        what: `${Math.round(u.usedShare * 100)} % of this period's time used; the period ends ${formatDate(u.periodEnd)}`,
        when: u.level >= 100 ? 'Used up' : 'Over 80 %',
      })),
    },
    {
      title: 'Notice deadlines',
      items: summary.noticeDeadlines.map((n) => ({
        key: `notice-${n.agreementId}`,
        clientId: n.clientId,
        clientName: n.clientName,
        what: `${n.title}: last day to give notice${n.renews ? ' before it renews' : ''}, ${formatDate(n.noticeDeadline)}`,
        when: `in ${days(n.daysLeft)}`,
      })),
    },
    {
      title: 'Ending soon',
      items: summary.endingSoon.map((e) => ({
        key: `ending-${e.agreementId}`,
        clientId: e.clientId,
        clientName: e.clientName,
        what: `${e.title}: cancelled`,
        when: `ends ${formatDate(e.endsOn)}`,
      })),
    },
    {
      title: 'Proposals waiting for a signature',
      items: summary.unsigned.map((u) => ({
        key: `unsigned-${u.agreementId}`,
        clientId: u.clientId,
        clientName: u.clientName,
        what: `${u.title}, sent ${formatDate(u.sentOn)}`,
        when: `${days(u.daysWaiting)}`,
      })),
    },
  ].filter((group) => group.items.length > 0);
}

export function AttentionCard({ summary }: { summary: Summary }) {
  const shown = groups(summary);
  return (
    <Card title="Needs your attention">
      {shown.length === 0 ? (
        <p className="muted">No retainer is running out, and no notice deadlines or unsigned proposals in the next 30 days.</p>
      ) : (
        <div className="attention">
          {shown.map((group) => (
            <section key={group.title} className="attention__group" aria-label={group.title}>
              <h3 className="attention__title">
                {group.title} <span className="muted">{group.items.length}</span>
              </h3>
              <ul className="list">
                {group.items.map((item) => (
                  <li key={item.key} className="list__row">
                    <div className="list__main">
                      <Link to={`/clients/${encodeURIComponent(item.clientId)}`} className="list__title" data-private>
                        {item.clientName}
                      </Link>
                      <span className="list__meta list__meta--wrap muted" data-private>
                        {item.what}
                      </span>
                    </div>
                    <span className="num attention__when">{item.when}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
