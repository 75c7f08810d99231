// The what-if: a set of changes to the practice that the core recomputes the forecast and
// MRR for as they change. Held here only, never saved; reset drops it.
import { useEffect, useState } from 'react';
import { type ApiError, type ApiInput, type ApiOutput, api } from '../../api.ts';

export type WhatIfRetainer = NonNullable<ApiInput<'revenue.whatIf'>['addRetainers']>[number];
export type WhatIfResult = ApiOutput<'revenue.whatIf'>;

export interface WhatIfChanges {
  removeClientIds: string[];
  addRetainers: WhatIfRetainer[];
  /** null: the workspace's own assumption. */
  annualRetention: number | null;
  winProbability: number | null;
}

export const NO_CHANGES: WhatIfChanges = { removeClientIds: [], addRetainers: [], annualRetention: null, winProbability: null };

export function isActive(changes: WhatIfChanges): boolean {
  return (
    changes.removeClientIds.length > 0 ||
    changes.addRetainers.length > 0 ||
    changes.annualRetention !== null ||
    changes.winProbability !== null
  );
}

const DEBOUNCE_MS = 120;

export function useWhatIf(asOf: string) {
  const [changes, setChanges] = useState<WhatIfChanges>(NO_CHANGES);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const active = isActive(changes);

  useEffect(() => {
    if (!active) {
      setResult(null);
      setError(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      const input: ApiInput<'revenue.whatIf'> = {
        asOf,
        months: 12,
        ...(changes.removeClientIds.length ? { removeClientIds: changes.removeClientIds } : {}),
        ...(changes.addRetainers.length ? { addRetainers: changes.addRetainers } : {}),
        ...(changes.annualRetention !== null ? { annualRetention: changes.annualRetention } : {}),
        ...(changes.winProbability !== null ? { winProbability: changes.winProbability } : {}),
      };
      void api.call('revenue.whatIf', input).then((answer) => {
        if (stale) return;
        if (answer.ok) {
          setResult(answer.value);
          setError(null);
        } else {
          setError(answer.error);
        }
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [active, asOf, changes]);

  return {
    changes,
    active,
    /** The what-if figures once they match the changes shown (null while off). */
    result: active ? result : null,
    error: active ? error : null,
    update: (patch: Partial<WhatIfChanges>) => setChanges((current) => ({ ...current, ...patch })),
    reset: () => setChanges(NO_CHANGES),
  };
}
