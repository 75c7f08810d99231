import { migrationQb as qb } from '../sql.ts';

// Which invoices are still open is decided by each invoice's line total against its
// payments; with the amount in the index that sum is read from the index alone.
export default {
  name: '2026-11-28-26-index-invoice-lines-amount',
  up: () => [qb.schema.createIndex('invoice_lines_invoice_amount').on('invoice_lines').columns(['invoice_id', 'amount_minor'])],
};
