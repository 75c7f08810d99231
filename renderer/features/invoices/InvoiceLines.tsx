import { Money } from '../../components/Money.tsx';
import { formatDate, formatMinutes } from '../../lib/format.ts';
import { type InvoiceDetail, LINE_KIND_LABELS } from './labels.ts';

/** The invoice's lines and their total, as the PDF lists them. */
export function InvoiceLines({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <div className="plain-table-wrap">
      <table className="table table--plain invoice-lines">
        <caption className="visually-hidden">Lines of {invoice.number}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Description</th>
            <th scope="col">Period or due date</th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an invoice line is its position on the invoice (the store keys lines by invoice and position).
            <tr key={index}>
              <td>{LINE_KIND_LABELS[line.kind]}</td>
              <td className="invoice-lines__description" data-private title={line.description}>
                {line.description}
              </td>
              <td>{line.periodStart ? formatDate(line.periodStart) : <span className="muted">—</span>}</td>
              <td className="num">{line.minutes === null ? <span className="muted">—</span> : formatMinutes(line.minutes)}</td>
              <td className="num">
                <Money amountMinor={line.amountMinor} currency={invoice.currency} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Total
            </th>
            <td className="num invoice-lines__total">
              <Money amountMinor={invoice.totalMinor} currency={invoice.currency} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
