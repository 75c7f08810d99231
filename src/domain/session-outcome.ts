// When a session's outcome may be recorded, and when its cancellation happened (docs/domain.md,
// "Weekly call slot"): held and no-show only once the call has begun (start ≤ now); a
// cancellation recorded before the start happened now, unless an earlier moment is given; one
// recorded after the start needs the moment the coach gives, never after the start.
import { instantText } from './instants.ts';

export type SessionOutcome = 'completed' | 'no_show' | 'cancelled';

export interface SessionOutcomeInput {
  /** The session's start, UTC instant text. */
  start: string;
  /** The clock, UTC instant text. */
  now: string;
  outcome: SessionOutcome;
  /** When the cancellation was made, if the coach gave it (cancellations only). */
  cancelledAt?: string | null | undefined;
}

export type SessionOutcomeCheck = { ok: true; cancelledAt: string | null } | { ok: false; field: 'start' | 'cancelledAt'; message: string };

export const NOT_STARTED = 'has not started yet: a call can be marked held or no-show once it has begun';
export const CANCELLED_AT_REQUIRED = 'is required for a call that has begun: when did the client cancel?';
export const CANCELLED_AFTER_START = 'must not be after the start of the call: a cancellation comes before it';
export const CANCELLED_IN_FUTURE = 'must not be in the future: give when the cancellation was made';

/** Whether the call has begun at `now` (the exact start counts as begun). */
export function hasStarted(start: string, now: string): boolean {
  return Date.parse(start) <= Date.parse(now);
}

/** The field problem of recording this outcome now, or the `cancelledAt` to store (null unless cancelled). */
export function checkSessionOutcome({ start, now, outcome, cancelledAt }: SessionOutcomeInput): SessionOutcomeCheck {
  const started = hasStarted(start, now);
  if (outcome !== 'cancelled') return started ? { ok: true, cancelledAt: null } : { ok: false, field: 'start', message: NOT_STARTED };
  const given = cancelledAt ?? null;
  if (!started) {
    if (given === null) return { ok: true, cancelledAt: now };
    if (Date.parse(given) > Date.parse(now)) return { ok: false, field: 'cancelledAt', message: CANCELLED_IN_FUTURE };
    return { ok: true, cancelledAt: given };
  }
  if (given === null) return { ok: false, field: 'cancelledAt', message: CANCELLED_AT_REQUIRED };
  if (Date.parse(given) > Date.parse(start)) return { ok: false, field: 'cancelledAt', message: CANCELLED_AFTER_START };
  return { ok: true, cancelledAt: given };
}

/** The coach's answer to "when did the client cancel?" for a call that has begun. */
export type CancelNotice = 'more' | 'less';

/**
 * The instant an answer stands for: "more than N hours before" is a minute before the
 * window opens (start − N h − 1 min), not a late cancel; "less than N hours before" is a
 * minute before the start, a late cancel (for N > 0).
 */
export function cancelledAtForNotice(start: string, notice: CancelNotice, lateCancelHours: number): string {
  const minute = 60_000;
  const at = Date.parse(start) - minute - (notice === 'more' ? lateCancelHours * 3_600_000 : 0);
  return instantText(at);
}
