import type { ApiOutput } from '../../api.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';

export type ClientDetail = ApiOutput<'clients.get'>;

// Everything the client page shows comes from these tables.
const CLIENT_PAGE_TABLES = ['clients', 'agreements', 'sessions', 'invoices', 'payments'] as const;

export function useClient(clientId: string) {
  return useLiveQuery('clients.get', { id: clientId }, CLIENT_PAGE_TABLES);
}
