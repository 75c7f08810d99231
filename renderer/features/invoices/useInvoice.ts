import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';

// The invoice page shows the invoice, its payments and its client's name.

export function useInvoice(invoiceId: string) {
  return useLiveQuery('invoices.get', { id: invoiceId });
}

/** invoices.get answers the client's id only; the name comes from the client. */
export function useClientName(clientId: string | undefined): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!clientId) return;
    let stale = false;
    void api.call('clients.get', { id: clientId }).then((result) => {
      if (!stale && result.ok) setName(result.value.name);
    });
    return () => {
      stale = true;
    };
  }, [clientId]);
  return name;
}
