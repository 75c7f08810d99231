// Payments received on an invoice, oldest first; one can be removed (confirmed), which
// reopens the balance.
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { moneyText } from '../../../src/domain/money-text.ts';
import { api } from '../../api.ts';
import { Card } from '../../components/Card.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { toast } from '../../stores/toasts.ts';
import { CsvButton } from '../revenue/CsvButton.tsx';
import { type InvoiceDetail, PAYMENT_METHOD_LABELS } from './labels.ts';

type Payment = InvoiceDetail['payments'][number];

export function PaymentsTable({ invoice }: { invoice: InvoiceDetail }) {
  const [removing, setRemoving] = useState<Payment | null>(null);
  const { currency } = invoice;

  const remove = async () => {
    if (!removing) return null;
    const result = await api.call('payments.delete', { id: removing.id });
    if (!result.ok) return result.error.message;
    toast('Payment removed');
    return null;
  };

  return (
    <Card
      title="Payments"
      aside={
        invoice.payments.length > 0 && (
          <CsvButton
            fileName={`${invoice.number}-payments`}
            what="payments"
            rows={() => [
              ['Date', 'Method', 'Currency', 'Amount'],
              ...invoice.payments.map((p) => [p.date, p.method, currency, moneyText(p.amountMinor, currency)]),
            ]}
          />
        )
      }
    >
      {invoice.payments.length === 0 ? (
        <p className="muted">
          {invoice.status === 'draft'
            ? 'Issue the invoice before recording payments.'
            : invoice.status === 'void'
              ? 'A void invoice takes no payments.'
              : 'No payments yet.'}
        </p>
      ) : (
        <div className="plain-table-wrap">
          <table className="table table--plain">
            <caption className="visually-hidden">Payments on {invoice.number}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Method</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col" className="num">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.payments.map((payment) => (
                <tr key={payment.id}>
                  <td>{formatDate(payment.date)}</td>
                  <td>{PAYMENT_METHOD_LABELS[payment.method]}</td>
                  <td className="num">
                    <Money amountMinor={payment.amountMinor} currency={currency} />
                  </td>
                  <td className="num row-actions">
                    <IconButton
                      size="sm"
                      icon={<Trash2 size={14} />}
                      label={`Remove the payment of ${formatMoney(payment.amountMinor, currency)} on ${formatDate(payment.date)}`}
                      onClick={() => setRemoving(payment)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Paid
                </th>
                <td className="num">
                  <Money amountMinor={invoice.paidMinor} currency={currency} />
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title="Remove this payment?"
        description={
          removing
            ? `The payment of ${formatMoney(removing.amountMinor, currency)} received ${formatDate(removing.date)} is removed and the balance goes up by as much.`
            : ''
        }
        confirmLabel="Remove payment"
        onConfirm={remove}
      />
    </Card>
  );
}
