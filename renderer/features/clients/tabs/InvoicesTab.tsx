import { Receipt } from 'lucide-react';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { Money } from '../../../components/Money.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { ClientDetail } from '../useClient.ts';

export function InvoicesTab({ client }: { client: ClientDetail }) {
  if (client.invoices.length === 0) {
    return (
      <EmptyState icon={<Receipt size={18} />} title="No invoices yet">
        <p>Invoices for this client's agreements will appear here once invoicing arrives in Cadence.</p>
      </EmptyState>
    );
  }
  return (
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
          {client.invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td className="num-left">{invoice.number}</td>
              <td>{formatDate(invoice.issueDate)}</td>
              <td>{formatDate(invoice.dueDate)}</td>
              <td>
                <StatusChip status={invoice.status} />
              </td>
              <td className="num">
                <Money amountMinor={invoice.totalMinor} currency={invoice.currency} />
              </td>
              <td className="num">
                {invoice.balanceMinor === 0 ? <span className="muted">—</span> : <Money amountMinor={invoice.balanceMinor} currency={invoice.currency} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
