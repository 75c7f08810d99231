// Today: issued invoices past their due date and not paid, oldest due first, each opening
// its invoice (where a payment is recorded), from the core's today summary. Nothing shows
// while nothing is overdue.
import { Link } from 'react-router';
import type { ApiOutput } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDate } from '../../lib/format.ts';
import { invoicePath } from './labels.ts';
import './invoices.css';

const SHOWN = 8;

type Overdue = ApiOutput<'today.summary'>['overdueInvoices'];

/** The summary's list comes oldest due first. */
export function OverdueInvoicesCard({ invoices: overdue }: { invoices: Overdue }) {
  if (overdue.length === 0) return null;
  return (
    <Card title={`Overdue invoices (${overdue.length})`} aside={<Link to="/invoices?status=overdue">All overdue</Link>}>
      <ul className="list">
        {overdue.slice(0, SHOWN).map((invoice) => (
          <li key={invoice.invoiceId} className="list__row">
            <div className="list__main">
              <Link to={invoicePath(invoice.invoiceId)} className="list__title">
                {invoice.number} <span data-private>· {invoice.clientName}</span>
              </Link>
              <span className="list__meta muted">due {formatDate(invoice.dueDate)}</span>
            </div>
            <span className="num">
              <Money amountMinor={invoice.balanceMinor} currency={invoice.currency} />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
