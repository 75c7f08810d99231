import { useLiveQuery } from '../../lib/useLiveQuery.ts';

// The agreement page shows the agreement, its client and the settings its document uses.
const AGREEMENT_TABLES = ['agreements', 'clients', 'settings'] as const;

export function useAgreement(agreementId: string) {
  return useLiveQuery('agreements.get', { id: agreementId }, AGREEMENT_TABLES);
}
