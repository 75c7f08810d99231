import { migrationQb as qb } from '../sql.ts';

// The payments side of an invoice's open balance, read from the index alone (see 26).
export default {
  name: '2026-11-28-27-index-payments-amount',
  up: () => [qb.schema.createIndex('payments_invoice_amount').on('payments').columns(['invoice_id', 'amount_minor'])],
};
