import { useLiveQuery } from '../../lib/useLiveQuery.ts';

// The agreement page shows the agreement, its client and the settings its document uses.

export function useAgreement(agreementId: string) {
  return useLiveQuery('agreements.get', { id: agreementId });
}
