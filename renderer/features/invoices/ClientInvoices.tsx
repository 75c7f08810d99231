// A client's invoices on their page: what they owe per currency, then every invoice with
// its status and whether it is overdue, each opening its own page.
import { Receipt } from 'lucide-react';
import { Link } from 'react-router';
import { isOpen } from '../../../src/domain/invoices.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Money, MoneyList } from '../../components/Money.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { CsvButton } from '../revenue/CsvButton.tsx';
import { invoiceCsv, StatusCell } from './invoiceColumns.tsx';
import { invoicePath } from './labels.ts';
import './invoices.css';

export function ClientInvoices({
  clientId,
  clientName,
  balances,
}: {
  clientId: string;
  clientName: string;
  balances: readonly { currency: string; amountMinor: number }[];
}) {
  const { data, loaded, error } = useLiveQuery('invoices.list', { clientId });
  if (!loaded) return null;
  if (error) {
    return (
      <p role="alert" className="form-error">
        {error.message}
      </p>
    );
  }
  const invoices = data ?? [];
  if (invoices.length === 0) {
    return (
      <EmptyState icon={<Receipt size={18} />} title="No invoices yet">
        <p>Invoices for this client's agreements appear here once you generate them in Invoices.</p>
      </EmptyState>
    );
  }
  return (
    <div className="client-invoices">
      <div className="balance-summary client-invoices__balance">
        <span className="balance-summary__label">Owed on open invoices</span>
        <span className="balance-summary__amount num" data-testid="client-balance">
          <MoneyList amounts={balances} empty="Nothing owed" />
        </span>
        <CsvButton fileName={`invoices-${clientName}`} what="this client's invoices" rows={() => invoiceCsv(invoices)} />
      </div>
      <div className="plain-table-wrap">
        <table className="table table--plain">
          <caption className="visually-hidden">Invoices, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Issued</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col" className="num">
                Balance
              </th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.id}>
                <td className="num-left">
                  <Link to={invoicePath(invoice.id)}>{invoice.number}</Link>
                </td>
                <td>{formatDate(invoice.issueDate)}</td>
                <td>{formatDate(invoice.dueDate)}</td>
                <td>
                  <StatusCell row={invoice} />
                </td>
                <td className="num">
                  <Money amountMinor={invoice.totalMinor} currency={invoice.currency} />
                </td>
                <td className="num">
                  {isOpen(invoice) ? (
                    <Money amountMinor={invoice.balanceMinor} currency={invoice.currency} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
