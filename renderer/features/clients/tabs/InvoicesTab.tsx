// The client's invoices, balance per currency and history, from the Invoices area.
import { ClientInvoices } from '../../invoices/ClientInvoices.tsx';
import type { ClientDetail } from '../useClient.ts';

export function InvoicesTab({ client }: { client: ClientDetail }) {
  return <ClientInvoices clientId={client.id} clientName={client.name} balances={client.balances} />;
}
