// What happened at each planned call: mostly held, sometimes shorter or longer, now and
// then a no-show, a cancellation (some of them late) or a move to another time. Shared by
// the demo and the benchmark so both exercise the same usage rules.

import { timestampText } from '../domain/instants.ts';
import type { WorkspaceSession } from '../domain/model.ts';
import { CHECK_IN_NOTES, CLIENT_CANCEL_NOTES, COACH_CANCEL_NOTES, EXTENDED_NOTES, NO_SHOW_NOTES, SESSION_NOTES } from './content.ts';
import type { Random } from './random.ts';

export type SessionDraft = Omit<WorkspaceSession, 'id'>;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface SlotSessionContext {
  clientId: string;
  agreementId: string;
  durationMinutes: number;
  lateCancelHours: number;
  /** The export instant: occurrences before it have an outcome, later ones are still scheduled. */
  now: Date;
  /** Draw notes (the benchmark turns this off: notes cost time and say nothing about speed). */
  notes?: boolean;
}

type Outcome = 'session' | 'check_in' | 'extended' | 'no_show' | 'client_cancel' | 'coach_cancel';

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['session', 78],
  ['check_in', 7],
  ['extended', 3],
  ['no_show', 3],
  ['client_cancel', 6],
  ['coach_cancel', 3],
];

/** The stored session for a past slot occurrence (occurrenceStart is the occurrence's instant). */
export function pastSlotSession(rng: Random, occurrence: Date, ctx: SlotSessionContext): SessionDraft {
  const outcome = rng.weighted(OUTCOMES);
  const note = (list: readonly string[]) => (ctx.notes === false ? '' : rng.pick(list));
  const base = {
    clientId: ctx.clientId,
    agreementId: ctx.agreementId,
    start: timestampText(occurrence),
    plannedMinutes: ctx.durationMinutes,
    actualMinutes: null as number | null,
    status: 'completed' as WorkspaceSession['status'],
    kind: 'session' as WorkspaceSession['kind'],
    occurrenceStart: timestampText(occurrence),
    cancelledAt: null as string | null,
    cancelledBy: null as WorkspaceSession['cancelledBy'],
    notes: '',
  };
  switch (outcome) {
    case 'session': {
      // One call in sixteen was moved to another time; it keeps the occurrence it came from.
      const moved = rng.chance(1 / 16) ? rng.pick([-2, 2, 24, 48]) * HOUR : 0;
      const start = new Date(occurrence.getTime() + moved);
      return {
        ...base,
        start: timestampText(start.getTime() < ctx.now.getTime() ? start : occurrence),
        actualMinutes: Math.max(
          20,
          ctx.durationMinutes +
            rng.weighted([
              [0, 6],
              [rng.int(-10, -1), 2],
              [rng.int(1, 20), 3],
            ] as const),
        ),
        notes: note(SESSION_NOTES),
      };
    }
    case 'check_in':
      return { ...base, kind: 'check_in', plannedMinutes: 20, actualMinutes: rng.int(15, 25), notes: note(CHECK_IN_NOTES) };
    case 'extended':
      return { ...base, kind: 'extended', plannedMinutes: 90, actualMinutes: rng.int(80, 105), notes: note(EXTENDED_NOTES) };
    case 'no_show':
      return { ...base, status: 'no_show', notes: note(NO_SHOW_NOTES) };
    case 'client_cancel': {
      // Two in five client cancellations come inside the late-cancel window.
      const late = rng.chance(0.4);
      const hoursBefore = late
        ? rng.int(1, Math.max(1, ctx.lateCancelHours - 2))
        : rng.int(ctx.lateCancelHours + 2, ctx.lateCancelHours + 120);
      return cancelled(base, occurrence, hoursBefore, 'client', note(CLIENT_CANCEL_NOTES));
    }
    case 'coach_cancel':
      return cancelled(base, occurrence, rng.int(24, 168), 'coach', note(COACH_CANCEL_NOTES));
  }
}

function cancelled(base: SessionDraft, occurrence: Date, hoursBefore: number, by: 'client' | 'coach', notes: string): SessionDraft {
  // Cancelled on the quarter hour, like a person would, hoursBefore before the start.
  const at = Math.floor((occurrence.getTime() - hoursBefore * HOUR) / (15 * MINUTE)) * 15 * MINUTE;
  return { ...base, status: 'cancelled', cancelledAt: timestampText(at), cancelledBy: by, notes };
}

/** An occurrence the coach already acted on ahead of time: still scheduled at its own instant. */
export function scheduledSlotSession(occurrence: Date, ctx: SlotSessionContext): SessionDraft {
  return {
    clientId: ctx.clientId,
    agreementId: ctx.agreementId,
    start: timestampText(occurrence),
    plannedMinutes: ctx.durationMinutes,
    actualMinutes: null,
    status: 'scheduled',
    kind: 'session',
    occurrenceStart: timestampText(occurrence),
    cancelledAt: null,
    cancelledBy: null,
    notes: '',
  };
}

/** Orders drafts by start (then agreement) and gives them ids in that order, so id order is time order. */
export function withSessionIds(drafts: SessionDraft[], width: number): WorkspaceSession[] {
  const sorted = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => (a.draft.start < b.draft.start ? -1 : a.draft.start > b.draft.start ? 1 : a.index - b.index));
  return sorted.map(({ draft }, i) => ({ id: `s${String(i + 1).padStart(width, '0')}`, ...draft }));
}
