// A card's list that shows its first few rows, with "Show all N" for the rest: Today's cards
// stay a glance on a large practice (hundreds of calls a week), and nothing is out of reach.
import { type ReactNode, useState } from 'react';
import { Button } from './Button.tsx';

export function useFirst<T>(items: readonly T[], count: number, label?: string): { shown: readonly T[]; more: ReactNode } {
  const [all, setAll] = useState(false);
  if (items.length <= count) return { shown: items, more: null };
  return {
    shown: all ? items : items.slice(0, count),
    more: (
      <Button
        size="sm"
        variant="ghost"
        className="show-more"
        aria-expanded={all}
        aria-label={label ? `${all ? 'Show fewer' : `Show all ${items.length}`} ${label}` : undefined}
        onClick={() => setAll(!all)}
      >
        {all ? 'Show fewer' : `Show all ${items.length}`}
      </Button>
    ),
  };
}
