// One invoice: its status (and whether it is overdue), lines, payments and balance, with
// what can be done to it from here: issue, PDF, record a payment, void, delete a draft.
import { ArrowLeft, FileX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { moneyText } from '../../../src/domain/money-text.ts';
import { Card } from '../../components/Card.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDate } from '../../lib/format.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { CsvButton } from '../revenue/CsvButton.tsx';
import { InvoiceActions } from './InvoiceActions.tsx';
import { InvoiceLines } from './InvoiceLines.tsx';
import { StatusCell } from './invoiceColumns.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';
import { useClientName, useInvoice } from './useInvoice.ts';
import './invoices.css';

export function InvoicePage() {
  const { invoiceId = '' } = useParams();
  const { data: invoice, error, loaded } = useInvoice(invoiceId);
  const clientName = useClientName(invoice?.clientId);
  useScreenReady(loaded);

  const back = (
    <Link to="/invoices" className="back-link">
      <ArrowLeft size={14} aria-hidden="true" /> Invoices
    </Link>
  );
  if (!loaded) return <div className="screen">{back}</div>;
  if (!invoice) {
    return (
      <div className="screen screen--page">
        <div className="page">
          {back}
          <EmptyState
            icon={<FileX size={18} />}
            title={error?.code === 'not_found' ? 'This invoice is not here any more' : 'This invoice could not be opened'}
          >
            <p>{error?.message}</p>
          </EmptyState>
        </div>
      </div>
    );
  }

  const { currency } = invoice;
  return (
    <div className="screen screen--page">
      <div className="page">
        {back}
        <header className="invoice-header">
          <div className="invoice-header__top">
            <div className="invoice-header__identity">
              <h1 className="num-left">{invoice.number}</h1>
              <StatusCell row={invoice} />
            </div>
            <InvoiceActions invoice={invoice} />
          </div>
          <dl className="facts">
            <div className="facts__item">
              <dt>Client</dt>
              <dd>
                <Link to={`/clients/${encodeURIComponent(invoice.clientId)}?tab=invoices`} data-private>
                  {clientName ?? 'Open client'}
                </Link>
              </dd>
            </div>
            <div className="facts__item">
              <dt>Issued</dt>
              <dd>{formatDate(invoice.issueDate)}</dd>
            </div>
            <div className="facts__item">
              <dt>Due</dt>
              <dd>{formatDate(invoice.dueDate)}</dd>
            </div>
            <div className="facts__item">
              <dt>Total</dt>
              <dd className="num-left">
                <Money amountMinor={invoice.totalMinor} currency={currency} />
              </dd>
            </div>
            <div className="facts__item">
              <dt>Paid</dt>
              <dd className="num-left">
                <Money amountMinor={invoice.paidMinor} currency={currency} />
              </dd>
            </div>
            <div className="facts__item">
              <dt>Balance</dt>
              <dd className="num-left invoice-header__balance" data-testid="invoice-balance">
                {invoice.status === 'void' ? (
                  <span className="muted">Void: nothing owed</span>
                ) : (
                  <Money amountMinor={invoice.balanceMinor} currency={currency} />
                )}
              </dd>
            </div>
          </dl>
        </header>
        <div className="invoice-body">
          <Card
            title="Lines"
            aside={
              <CsvButton
                fileName={`${invoice.number}-lines`}
                what="lines"
                rows={() => [
                  ['Kind', 'Description', 'Period or due date', 'Minutes', 'Currency', 'Amount'],
                  ...invoice.lines.map((l) => [
                    l.kind,
                    l.description,
                    l.periodStart,
                    l.minutes,
                    currency,
                    moneyText(l.amountMinor, currency),
                  ]),
                ]}
              />
            }
          >
            <InvoiceLines invoice={invoice} />
          </Card>
          <PaymentsTable invoice={invoice} />
        </div>
      </div>
    </div>
  );
}
