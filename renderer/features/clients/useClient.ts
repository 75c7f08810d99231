import type { ApiOutput } from '../../api.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';

export type ClientDetail = ApiOutput<'clients.get'>;

export function useClient(clientId: string) {
  return useLiveQuery('clients.get', { id: clientId });
}
