// What the session dialogs and lists work with: the calendar's items (planned slot
// occurrences and stored sessions alike), as the core answers them.
import type { ApiOutput } from '../../api.ts';
import type { SelectOption } from '../../components/Select.tsx';

export type CalendarRange = ApiOutput<'calendar.range'>;
export type SessionItem = CalendarRange['items'][number];
export type SessionKind = SessionItem['kind'];

export const KIND_LABELS: Record<SessionKind, string> = { session: 'Session', check_in: 'Check-in', extended: 'Extended session' };

export const KIND_OPTIONS: SelectOption[] = (Object.keys(KIND_LABELS) as SessionKind[]).map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}));

/** How the core names the session an action is about: the stored one, or the slot's occurrence. */
export type SessionRef = { id: string } | { agreementId: string; occurrenceStart: string };

export function sessionRef(item: Pick<SessionItem, 'sessionId' | 'agreementId' | 'occurrenceStart'>): SessionRef {
  if (item.sessionId) return { id: item.sessionId };
  return { agreementId: item.agreementId ?? '', occurrenceStart: item.occurrenceStart ?? '' };
}

/** "Planned", "Logged", "No-show", "Cancelled by the client (late)"… as one short phrase. */
export function statusText(item: Pick<SessionItem, 'status' | 'cancelledBy' | 'lateCancel'>): string {
  switch (item.status) {
    case 'planned':
      return 'Planned';
    case 'scheduled':
      return 'Scheduled';
    case 'completed':
      return 'Logged';
    case 'no_show':
      return 'No-show';
    case 'cancelled':
      return `Cancelled${item.cancelledBy ? ` by the ${item.cancelledBy}` : ''}${item.lateCancel ? ' (late)' : ''}`;
  }
}

/** Past calls still waiting to be logged are planned or scheduled. */
export function isOpen(item: Pick<SessionItem, 'status'>): boolean {
  return item.status === 'planned' || item.status === 'scheduled';
}
